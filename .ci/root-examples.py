"""Every item re-exported at the crate root has a runnable example in its docs.

Reads rustdoc's JSON (written by .ci/public-api) and fails naming each root re-export
whose documentation has no code block.
"""
import json
import sys

data = json.load(open(sys.argv[1]))
index = data["index"]
root = index[str(data["root"])]
missing = []
count = 0
for item_id in root["inner"]["module"]["items"]:
    item = index[str(item_id)]
    use = item["inner"].get("use")
    if not use or use.get("is_glob") or str(use.get("id")) not in index:
        continue
    count += 1
    if "```" not in (index[str(use["id"])].get("docs") or ""):
        missing.append(use["name"])
if missing:
    print("!! root re-exports without an example: " + ", ".join(missing))
    sys.exit(1)
print(f"-- every one of the {count} root re-exports has an example")
