"""The web workbench: ``chronica serve`` opens a local app over a store (timeline, map, graph, profiles,
documents, chat, corrections). All logic lives in the library; the routes only shape JSON and pages."""

from chronica.web.app import create_app

__all__ = ["create_app"]
