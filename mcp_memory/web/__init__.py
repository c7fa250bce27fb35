"""The web page: see and manage what the agent remembers (working memory, recall, events, map)."""

from mcp_memory.web.app import build_web_app, web_routes

__all__ = ["build_web_app", "web_routes"]
