"""One blueprint per area of the workbench; each owns its pages and its ``/api/`` routes."""

from __future__ import annotations

from flask import Blueprint

from chronica.web.routes import chat, corrections, documents, graph, map, meta, profiles, timeline

AREAS: tuple[Blueprint, ...] = (meta.bp, timeline.bp, documents.bp, map.bp, graph.bp, profiles.bp, chat.bp,
                                corrections.bp)
