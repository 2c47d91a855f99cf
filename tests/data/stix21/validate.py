#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a STIX 2.1 bundle against the JSON Schemas in SCHEMA_DIR (written by us from the specification).

Usage: python3 validate.py SCHEMA_DIR BUNDLE.json    (SCHEMA_DIR: tests/data/stix21/schemas)

The bundle is checked against bundle.json, then every object against TYPE.json for its `type`; an object of a
type with no schema is an error. Then what a schema cannot say: ids unique and of their object's type, every
reference (created_by_ref, source_ref, target_ref, extension keys) pointing at an object of the bundle, modified
not before created, last_seen not before first_seen. Prints each error with the id of its object and exits 1 if
there is any, 0 otherwise. Needs python3-jsonschema (Debian 12 has 4.10; newer releases work too).
"""

import json
import pathlib
import re
import sys

import jsonschema

TYPE_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
REF_KEYS = ("created_by_ref", "source_ref", "target_ref")


def load_schemas(directory):
    """Every JSON Schema (a *.json with $schema and $id) in the directory, by file name without .json: the name
    an object's type looks up."""
    schemas = {}
    for path in sorted(pathlib.Path(directory).glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(schema, dict) and "$schema" in schema and "$id" in schema:
            schemas[path.stem] = schema
    if "bundle" not in schemas:
        raise SystemExit(f"{directory}: no bundle.json schema here")
    return schemas


def make_validator(schema, schemas):
    cls = jsonschema.validators.validator_for(schema)
    try:
        from referencing import Registry, Resource  # jsonschema >= 4.18
    except ImportError:
        store = {s["$id"]: s for s in schemas.values()}
        resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
        return cls(schema, resolver=resolver)
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    return cls(schema, registry=registry)


def where(error):
    path = "/".join(str(p) for p in error.absolute_path)
    return path or "(object)"


def schema_errors(validator, instance, label):
    errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{label}: {where(e)}: {e.message}" for e in errors]


def semantic_errors(objects):
    errors = []
    ids = {}
    for obj in objects:
        oid = obj.get("id")
        if not isinstance(oid, str):
            continue
        if oid in ids:
            errors.append(f"{oid}: id: the id is used by more than one object")
        ids[oid] = obj
        if oid.split("--")[0] != obj.get("type"):
            errors.append(f"{oid}: id: the id does not start with the object's type {obj.get('type')!r}")
    for obj in objects:
        oid = obj.get("id", "(no id)")
        for key in REF_KEYS:
            ref = obj.get(key)
            if isinstance(ref, str) and ref not in ids:
                errors.append(f"{oid}: {key}: {ref} is not in the bundle")
        for key in obj.get("extensions", {}) if isinstance(obj.get("extensions"), dict) else {}:
            if key.startswith("extension-definition--") and key not in ids:
                errors.append(f"{oid}: extensions: {key} is not in the bundle")
        for first, last in (("created", "modified"), ("first_seen", "last_seen")):
            a, b = obj.get(first), obj.get(last)
            if isinstance(a, str) and isinstance(b, str) and b < a:
                errors.append(f"{oid}: {last}: {b} is before {first} {a}")
    return errors


def validate(schema_dir, bundle_path):
    schemas = load_schemas(schema_dir)
    try:
        bundle = json.loads(pathlib.Path(bundle_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{bundle_path}: not readable JSON: {e}"]
    if not isinstance(bundle, dict):
        return [f"{bundle_path}: not a JSON object"]
    errors = schema_errors(make_validator(schemas["bundle"], schemas), bundle, bundle.get("id", "(bundle)"))
    objects = [o for o in bundle.get("objects", []) if isinstance(o, dict)]
    validators = {}
    for obj in objects:
        oid = obj.get("id", "(no id)")
        kind = obj.get("type")
        # The type names a file: only a well-formed type name may, and only one we wrote a schema for.
        if not isinstance(kind, str) or not TYPE_NAME.match(kind) or kind in ("bundle", "common", "awb-extension"):
            errors.append(f"{oid}: type: {kind!r} is not a type this validator knows")
            continue
        if kind not in schemas:
            errors.append(f"{oid}: type: no schema for objects of type {kind!r}")
            continue
        if kind not in validators:
            validators[kind] = make_validator(schemas[kind], schemas)
        errors += schema_errors(validators[kind], obj, oid)
    return errors + semantic_errors(objects)


def main(argv):
    if len(argv) != 3:
        print("usage: validate.py SCHEMA_DIR BUNDLE.json", file=sys.stderr)
        return 2
    errors = validate(argv[1], argv[2])
    for error in errors:
        print(error)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
