#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (draft 2020-12): exit 0 when valid, 1 with every error."""
import json
import sys

import jsonschema

schema_path, document_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(document_path, encoding="utf-8") as f:
    document = json.load(f)
validator = jsonschema.Draft202012Validator(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for e in errors:
    print("/".join(str(p) for p in e.absolute_path) or "(root)", ":", e.message, file=sys.stderr)
sys.exit(1 if errors else 0)
