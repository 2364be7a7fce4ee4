"""The full, versioned JSON export (``"schema": "tracker.export/1"``), documented in the README."""

from __future__ import annotations

import json

from tracker.export.snapshot import Snapshot

SCHEMA = "tracker.export/1"


def render_json(snap: Snapshot) -> str:
    claims = []
    for view in snap.claims:
        doc = view.claim.model_dump(mode="json")
        doc["stored_status"] = doc.pop("status")
        doc["status"] = view.status.value
        doc["days_left"] = view.days_left
        claims.append(doc)
    payload = {
        "schema": SCHEMA,
        "as_of": snap.as_of.isoformat(),
        "articles": [a.model_dump(mode="json") for a in snap.articles],
        "claims": claims,
        "proposals": [p.model_dump(mode="json") for p in snap.proposals],
    }
    return json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
