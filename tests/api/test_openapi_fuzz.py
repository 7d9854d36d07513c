"""Schemathesis: generated requests for every operation of the OpenAPI spec never get a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

from communique.api import create_app
from communique.settings import load_settings
from communique.store import Store
from tests.api.conftest import TOKEN, fake_processor


@pytest.mark.slow
def test_no_server_errors(filled_store: Store) -> None:
    app: FastAPI = create_app(
        load_settings(env={}).replace(api_token=TOKEN), store=filled_store, processor=fake_processor
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    calls: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def call(case: schemathesis.Case) -> None:
            response = case.call()
            calls.append(response.status_code)
            detail = f"{case.method} {case.formatted_path} {case.query}"
            assert response.status_code < 500, f"{detail} -> {response.status_code}: {response.text[:300]}"

        call()
    # The generator really exercised the API, valid requests included.
    assert len(calls) >= 10 * len(operations)
    assert sum(code == 200 for code in calls) >= len(operations)
