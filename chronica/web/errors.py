"""One JSON error shape for the whole API: ``{"error": {"status", "code", "message"}}``."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from chronica.errors import ChronicaError, NotFoundError


class ApiError(Exception):
    """An error a route raises on purpose: a status, a short machine code and a one-line message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def _response(status: int, code: str, message: str) -> Response:
    resp = jsonify(error_body(status, code, message))
    resp.status_code = status
    return resp


def _is_api() -> bool:
    return request.path.startswith("/api/")


def install(app: Flask) -> None:
    """Route every failure under /api/ to the JSON shape; pages keep Flask's HTML error pages."""

    @app.errorhandler(ApiError)
    def _api_error(err: ApiError) -> Response:
        return _response(err.status, err.code, err.message)

    @app.errorhandler(NotFoundError)
    def _not_found(err: NotFoundError) -> Any:
        if _is_api():
            return _response(404, "not_found", str(err))
        return err, 404

    @app.errorhandler(ValueError)
    def _bad_value(err: ValueError) -> Any:
        return _response(400, "bad_request", str(err))

    @app.errorhandler(ChronicaError)
    def _chronica(err: ChronicaError) -> Any:
        return _response(400, "bad_request", str(err))

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException) -> Any:
        if not _is_api():
            return err
        code = (err.name or "error").lower().replace(" ", "_")
        return _response(err.code or 500, code, err.description or err.name or "error")

    @app.errorhandler(Exception)
    def _unexpected(err: Exception) -> Any:
        app.logger.exception("unexpected error on %s", request.path)
        if _is_api():
            return _response(500, "internal_error", f"{type(err).__name__}: {err}")
        return "Internal error: see the server's log.", 500
