#!/usr/bin/env python3
"""Helpers for translations/schemalens_de.ts (run after `--target update_translations`).

  ts_tool.py status               list unfinished messages as JSON {source: ""} (numerus: [..])
  ts_tool.py carry                fill unfinished messages from a finished message with the
                                  same source text in another context (e.g. after a string
                                  moves from one file or context to another)
  ts_tool.py apply FILE.json      set translations from {source: translation | [forms]} and
                                  mark them finished; placeholders (%1, %n) must match
  ts_tool.py harvest OTHER.ts     print OTHER's finished translations as JSON for `apply`
                                  (after a merge: take one side's .ts, run lupdate, then
                                  apply what the other side had translated)

Rewrite the file with lupdate afterwards (`cmake --build BUILD --target update_translations`)
so it keeps lupdate's own formatting.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

TS = pathlib.Path(__file__).resolve().parent / "schemalens_de.ts"
PLACEHOLDER = re.compile(r"%(\d+|n)")


def forms_of(translation):
    kids = translation.findall("numerusform")
    return [k.text or "" for k in kids] if kids else [translation.text or ""]


def unfinished(message):
    t = message.find("translation")
    return t.get("type") == "unfinished" or not any(forms_of(t))


def set_translation(message, value):
    src = message.find("source").text
    forms = value if isinstance(value, list) else [value]
    for form in forms:
        if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(src)):
            raise SystemExit(f"placeholders differ: {src!r} -> {form!r}")
    t = message.find("translation")
    for child in list(t):
        t.remove(child)
    t.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        t.text = None
        for form in forms:
            ET.SubElement(t, "numerusform").text = form
    else:
        t.text = forms[0]


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    tree = ET.parse(TS)
    messages = list(tree.getroot().iter("message"))
    command = sys.argv[1]
    if command == "harvest" and len(sys.argv) == 3:
        other = ET.parse(sys.argv[2])
        done = {}
        for m in other.getroot().iter("message"):
            if not unfinished(m):
                forms = forms_of(m.find("translation"))
                done[m.find("source").text] = forms if m.get("numerus") == "yes" else forms[0]
        print(json.dumps(done, ensure_ascii=False, indent=1))
        return
    if command == "status":
        todo = {m.find("source").text: ([] if m.get("numerus") == "yes" else "")
                for m in messages if unfinished(m)}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return
    if command == "carry":
        done = {}
        for m in messages:
            if not unfinished(m):
                forms = forms_of(m.find("translation"))
                done[m.find("source").text] = forms if m.get("numerus") == "yes" else forms[0]
        mapping = done
    elif command == "apply" and len(sys.argv) == 3:
        mapping = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
    else:
        raise SystemExit(__doc__)
    changed = 0
    for m in messages:
        src = m.find("source").text
        if src in mapping and mapping[src] and (command == "apply" or unfinished(m)):
            set_translation(m, mapping[src])
            changed += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    left = sum(1 for m in messages if unfinished(m))
    print(f"{changed} messages set, {left} unfinished left")


if __name__ == "__main__":
    main()
