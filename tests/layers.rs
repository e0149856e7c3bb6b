//! The crate's modules form layers, and imports go down them, never up, and never round
//! in a circle. The layers are listed in the crate docs (`src/lib.rs`, "Layers").
//!
//! The test reads every `crate::…` path in the code of `src/` (comments, string literals
//! and `#[cfg(test)]` modules left out; `$crate::` in a macro counts where the macro is
//! used), resolves it to the file of the deepest module it names, and checks the edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: each module path prefix with its layer. The longest prefix
/// that matches a module decides its layer.
const LAYERS: &[(&str, usize)] = &[
    // 0. Vocabulary everything shares: language and labels, the document tag and version,
    //    rule codes, severities, findings and parameters, JSON Pointers, periods, keys and
    //    ids, dates, the figure type.
    ("format", 0),
    ("i18n", 0),
    ("calendar", 0),
    ("date_text", 0),
    ("template", 0),
    ("text_id", 0),
    ("hetu", 0),
    ("hetu_scan", 0),
    ("unknown_name", 0),
    ("variant_name", 0),
    ("tagged", 0),
    ("lenient", 0),
    ("free_text", 0),
    ("source", 0),
    ("figure", 0),
    ("rules::pointer", 0),
    ("rules::param", 0),
    ("rules::params", 0),
    ("rules::severity", 0),
    ("rules::code", 0),
    ("rules::finding", 0),
    ("rules::declare", 0),
    ("rules", 0),
    ("service::record::period", 0),
    ("service::record::key", 0),
    ("client::id", 0),
    // 1. Domain records: clients, ability, instruments, service records and specs, the
    //    figures of the law and the sources, what is due.
    ("ability", 1),
    ("service", 1),
    ("service::record", 1),
    ("service::spec::model_spec", 1),
    ("service::spec::amount", 1),
    ("service::spec::requirement", 1),
    ("service::planner::due_kind", 1),
    ("service::planner::workflow", 1),
    ("client", 1),
    ("situation", 1),
    ("figure::law", 1),
    ("figure::practice", 1),
    ("figure::defaults", 1),
    ("figure::registry", 1),
    ("instrument", 1),
    ("work_activity", 1),
    ("work_activity::model", 1),
    ("work_activity::placement", 1),
    ("work_activity::recommend", 1),
    // 2. Derivations: obligations, rules, the planner, outcomes, scoring, the default
    //    models and the checks of a spec.
    ("service::obligation", 2),
    ("service::planner", 2),
    ("service::spec", 2),
    ("service::build", 2),
    ("service::money", 2),
    ("rules::client", 2),
    ("rules::path", 2),
    ("rules::report", 2),
    ("rules::options", 2),
    ("rules::request", 0),
    ("outcome", 2),
    ("work_activity::quality", 2),
    ("work_activity::criteria", 2),
    ("work_activity::readiness", 2),
    ("instrument::ips_caseload", 2),
    // 3. Documents and entry points.
    ("document", 3),
    // 4. Registries and exports: every vocabulary, every rule, the schemas, the HTTP
    //    router, the strategies.
    ("registry", 4),
    ("schema", 4),
    ("rules::catalogue", 4),
    ("http", 4),
    ("timeline", 4),
    ("batch", 4),
    ("strategies", 4),
    ("", 4),
];

fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .filter(|(prefix, _)| {
            prefix.is_empty() || module == *prefix || module.starts_with(&format!("{prefix}::"))
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or(4, |(_, layer)| *layer)
}

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file by its module path (`service::obligation::phase`; `` for lib.rs).
fn modules() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(src())
                .expect("inside src")
                .with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            (parts.join("::"), path)
        })
        .collect()
}

/// The code of a file: up to its test module, without comments and string contents.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    let mut out = String::new();
    for line in text.lines() {
        let mut in_string = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (in_string, c) {
                (true, '\\') => {
                    chars.next();
                }
                (true, '"') => in_string = false,
                (true, _) => {}
                (false, '"') => in_string = true,
                (false, '/') if chars.peek() == Some(&'/') => break,
                (false, _) => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// The modules a file's code names through `crate::…` paths, resolved to the deepest
/// module that is a file.
fn imports(code: &str, modules: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let start = from + at;
        from = start + "crate::".len();
        let before = start.checked_sub(1).map(|i| bytes[i]);
        if before.is_some_and(|b| b == b'$' || b.is_ascii_alphanumeric() || b == b'_') {
            continue;
        }
        let path: String = code[from..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        while !parts.is_empty() && !modules.contains_key(&parts.join("::")) {
            parts.pop();
        }
        if !parts.is_empty() {
            found.insert(parts.join("::"));
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    modules
        .iter()
        .map(|(module, path)| {
            let text = std::fs::read_to_string(path).expect("source");
            let mut targets = imports(&code(&text), &modules);
            targets.remove(module);
            (module.clone(), targets)
        })
        .collect()
}

#[test]
fn no_import_goes_up_a_layer() {
    let mut upward = Vec::new();
    for (module, targets) in graph() {
        for target in targets {
            // A folder's own files may name each other (a module and its parts).
            let inside = target.starts_with(&format!("{module}::"))
                || module.starts_with(&format!("{target}::"));
            if !inside && layer(&target) > layer(&module) {
                upward.push(format!(
                    "{module} (layer {}) -> {target} (layer {})",
                    layer(&module),
                    layer(&target)
                ));
            }
        }
    }
    assert!(upward.is_empty(), "imports up a layer: {upward:#?}");
}

#[test]
fn no_imports_close_a_circle() {
    let graph = graph();
    // Depth-first search for a back edge; a folder and its parts are one concept.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
        circles: &mut Vec<String>,
    ) {
        state.insert(node.to_owned(), 1);
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            let related =
                next.starts_with(&format!("{node}::")) || node.starts_with(&format!("{next}::"));
            if related {
                continue;
            }
            match state.get(next.as_str()) {
                Some(1) => {
                    let from = stack.iter().position(|n| n == next).unwrap_or(0);
                    circles.push(format!("{} -> {next}", stack[from..].join(" -> ")));
                }
                Some(_) => {}
                None => visit(next, graph, state, stack, circles),
            }
        }
        stack.pop();
        state.insert(node.to_owned(), 2);
    }
    let mut state = BTreeMap::new();
    let mut circles = Vec::new();
    for node in graph.keys() {
        if !state.contains_key(node) {
            visit(node, &graph, &mut state, &mut Vec::new(), &mut circles);
        }
    }
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}

#[test]
fn the_scan_sees_imports() {
    // Without this, an empty scan would pass both tests above.
    let modules = modules();
    let found = imports(
        &code(
            "use crate::service::obligation::Kind; // crate::http::x\nlet s = \"crate::registry\";",
        ),
        &modules,
    );
    assert_eq!(found, BTreeSet::from(["service::obligation".to_owned()]));
    assert!(graph().values().map(BTreeSet::len).sum::<usize>() > 100);
}
