# The c5kg API (and CLI) as an image; docker-compose.yml runs it against Neo4j.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir uv
WORKDIR /app

# Dependencies first (a layer that changes only with the lock file), then the project.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY api ./api
COPY graph ./graph
COPY loaders ./loaders
COPY ontology ./ontology
COPY data ./data
RUN uv sync --frozen --no-dev

# The API runs as a user of its own, who may write the database volume and nothing else (with
# docker-compose.yml's read-only root file system, not even the image).
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin c5kg \
    && mkdir -p /data && chown c5kg:c5kg /data
ENV PATH="/app/.venv/bin:$PATH" C5KG_DB=/data/c5kg HOME=/data
USER c5kg
VOLUME ["/data"]
EXPOSE 8000
CMD ["c5kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
