#!/usr/bin/env python3
"""The crate's public API as sorted text lines, from rustdoc's JSON output.

Usage: public-api.py target/doc/tyokyky.json > public-api.txt

One line per public item: modules, types with their public fields and variants,
functions and methods with their signatures, trait implementations. CI compares the
lines with the committed `public-api.txt` (the previous commit's API), so a change to
the public API, a break above all, is made deliberately: regenerate the file with
`bash .ci/public-api` and record the change in CHANGELOG.md.
"""

import json
import sys


def main(path):
    doc = json.load(open(path))
    index = doc["index"]
    lines = set()
    rendered = set()
    pending_uses = []

    def ty(t):
        if t is None:
            return "()"
        if not isinstance(t, dict):
            return str(t)
        (kind, v), = t.items()
        if kind == "resolved_path":
            name = v["path"].split("::")[-1]
            return name + args(v.get("args"))
        if kind == "primitive":
            return v
        if kind == "generic":
            return v
        if kind == "borrowed_ref":
            lifetime = (v.get("lifetime") + " ") if v.get("lifetime") else ""
            mutable = "mut " if v.get("is_mutable") else ""
            return f"&{lifetime}{mutable}{ty(v['type'])}"
        if kind == "slice":
            return f"[{ty(v)}]"
        if kind == "array":
            return f"[{ty(v['type'])}; {v['len']}]"
        if kind == "tuple":
            return "(" + ", ".join(ty(x) for x in v) + ")"
        if kind == "impl_trait":
            return "impl " + " + ".join(bound(b) for b in v)
        if kind == "dyn_trait":
            return "dyn " + " + ".join(p["trait"]["path"].split("::")[-1] + args(p["trait"].get("args")) for p in v["traits"])
        if kind == "qualified_path":
            return f"<{ty(v['self_type'])}>::{v['name']}"
        if kind == "raw_pointer":
            return ("*mut " if v.get("is_mutable") else "*const ") + ty(v["type"])
        if kind == "function_pointer":
            sig = v["sig"]
            return "fn(" + ", ".join(ty(i[1]) for i in sig["inputs"]) + ") -> " + ty(sig.get("output"))
        return kind

    def args(a):
        if not a:
            return ""
        if "angle_bracketed" in a:
            items = []
            for x in a["angle_bracketed"]["args"]:
                if "type" in x:
                    items.append(ty(x["type"]))
                elif "lifetime" in x:
                    items.append(x["lifetime"])
                elif "const" in x:
                    items.append(str(x["const"].get("expr")))
            for c in a["angle_bracketed"].get("constraints", []):
                binding = c.get("binding", {})
                if "equality" in binding:
                    items.append(f"{c['name']} = {ty(binding['equality'].get('type'))}")
            return "<" + ", ".join(items) + ">" if items else ""
        if "parenthesized" in a:
            p = a["parenthesized"]
            return "(" + ", ".join(ty(x) for x in p["inputs"]) + ") -> " + ty(p.get("output"))
        return ""

    def bound(b):
        if "trait_bound" in b:
            t = b["trait_bound"]["trait"]
            return t["path"].split("::")[-1] + args(t.get("args"))
        if "outlives" in b:
            return b["outlives"]
        return "?"

    def generics(g):
        params = []
        for p in g.get("params", []):
            kind = p["kind"]
            if "lifetime" in kind:
                params.append(p["name"])
            elif "type" in kind:
                if kind["type"].get("is_synthetic"):
                    continue
                bounds = kind["type"].get("bounds", [])
                params.append(p["name"] + (": " + " + ".join(bound(b) for b in bounds) if bounds else ""))
            elif "const" in kind:
                params.append(f"const {p['name']}: {ty(kind['const']['type'])}")
        return "<" + ", ".join(params) + ">" if params else ""

    def signature(item):
        f = item["inner"]["function"]
        sig = f["sig"]
        inputs = ", ".join(f"{name}: {ty(t)}" for name, t in sig["inputs"])
        out = sig.get("output")
        header = f["header"]
        prefix = ("const " if header.get("is_const") else "") + ("async " if header.get("is_async") else "")
        return f"{prefix}fn {item['name']}{generics(f['generics'])}({inputs})" + (f" -> {ty(out)}" if out else "")

    def public(item):
        return item.get("visibility") == "public"

    def walk_module(module_id, prefix):
        module = index[str(module_id)]
        for child_id in module["inner"]["module"]["items"]:
            child = index.get(str(child_id))
            if child is None:
                continue
            inner_kind = next(iter(child["inner"]))
            if inner_kind == "use":
                use = child["inner"]["use"]
                if public(child):
                    lines.add(f"pub use {prefix}::{use['name']} = {use['source']}")
                    pending_uses.append((use, f"{prefix}::{use['name']}"))
                continue
            if not public(child):
                continue
            name = child.get("name")
            path = f"{prefix}::{name}"
            if inner_kind == "module":
                lines.add(f"mod {path}")
                walk_module(child["id"], path)
            elif inner_kind == "function":
                rendered.add(child["id"])
                lines.add(f"{path}: {signature(child)}")
            elif inner_kind in ("struct", "enum", "union", "trait"):
                type_item(child, path, inner_kind)
            elif inner_kind == "constant":
                lines.add(f"const {path}: {ty(child['inner']['constant']['type'])}")
            elif inner_kind == "static":
                lines.add(f"static {path}: {ty(child['inner']['static']['type'])}")
            elif inner_kind == "type_alias":
                lines.add(f"type {path} = {ty(child['inner']['type_alias']['type'])}")
            elif inner_kind == "macro":
                lines.add(f"macro {path}")

    def attrs(item):
        text = json.dumps(item.get("attrs", []))
        return " #[non_exhaustive]" if "non_exhaustive" in text else ""

    def type_item(item, path, kind):
        rendered.add(item["id"])
        inner = item["inner"][kind]
        lines.add(f"{kind} {path}{generics(inner.get('generics', {}))}{attrs(item)}")
        if kind == "struct":
            struct_kind = inner["kind"]
            if "plain" in struct_kind:
                for field_id in struct_kind["plain"]["fields"]:
                    field = index.get(str(field_id))
                    if field and public(field):
                        lines.add(f"{path}.{field['name']}: {ty(field['inner']['struct_field'])}")
            elif "tuple" in struct_kind:
                for position, field_id in enumerate(struct_kind["tuple"]):
                    field = index.get(str(field_id)) if field_id is not None else None
                    if field and public(field):
                        lines.add(f"{path}.{position}: {ty(field['inner']['struct_field'])}")
        if kind == "enum":
            for variant_id in inner["variants"]:
                variant = index[str(variant_id)]
                v = variant["inner"]["variant"]["kind"]
                if v == "plain":
                    shape = ""
                elif "tuple" in v:
                    shape = "(" + ", ".join(ty(index[str(f)]["inner"]["struct_field"]) for f in v["tuple"] if f is not None) + ")"
                else:
                    shape = " { " + ", ".join(f"{index[str(f)]['name']}: {ty(index[str(f)]['inner']['struct_field'])}" for f in v["struct"]["fields"]) + " }"
                lines.add(f"{path}::{variant['name']}{shape}{attrs(variant)}")
        if kind == "trait":
            for member_id in inner["items"]:
                member = index[str(member_id)]
                if "function" in member["inner"]:
                    lines.add(f"{path}: trait {signature(member)}")
                else:
                    lines.add(f"{path}: trait item {member['name']}")
            return
        for impl_id in inner.get("impls", []):
            impl = index.get(str(impl_id))
            if impl is None:
                continue
            data = impl["inner"]["impl"]
            if data.get("is_synthetic") or data.get("blanket_impl") is not None:
                continue
            trait = data.get("trait")
            if trait is not None:
                lines.add(f"impl {trait['path'].split('::')[-1]}{args(trait.get('args'))} for {path}")
                continue
            for member_id in data["items"]:
                member = index.get(str(member_id))
                if member is None or not public(member):
                    continue
                if "function" in member["inner"]:
                    lines.add(f"{path}::{signature(member)}")
                elif "assoc_const" in member["inner"]:
                    lines.add(f"{path}::const {member['name']}: {ty(member['inner']['assoc_const']['type'])}")

    root = index[str(doc["root"])]
    walk_module(doc["root"], root["name"])
    # Items defined in private modules and re-exported: described at the re-exported path.
    for use, path in pending_uses:
        target = index.get(str(use.get("id")))
        if target is None or target["id"] in rendered or use.get("is_glob"):
            continue
        kind = next(iter(target["inner"]))
        if kind in ("struct", "enum", "union", "trait"):
            type_item(target, path, kind)
        elif kind == "function":
            rendered.add(target["id"])
            lines.add(f"{path}: {signature(target)}")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1])
