//! The `jsonschema` baseline of the benchmarks: the committed service-path schema,
//! draft 2020-12, formats checked.

pub fn schema_validator() -> jsonschema::Validator {
    let text = include_str!("../../schemas/service_path.schema.json");
    let schema: serde_json::Value = serde_json::from_str(text).expect("schema");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("compiles")
}
