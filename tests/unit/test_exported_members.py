"""Every public name is exported, and nothing else (after HTTPX's test of the same name)."""

import mcp_memory


def test_all_lists_exactly_the_public_names() -> None:
    public = {name for name in dir(mcp_memory) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(mcp_memory, name)).__name__ == "module"}
    assert set(mcp_memory.__all__) - {"__version__"} == public - modules
