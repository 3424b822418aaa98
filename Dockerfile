# The factcheck service: gunicorn on port 8000 with the seed articles loaded.
# The first stage builds the wheel; the image installs that wheel, as any user's
# `pip install` would, with the rules and seed data inside the package - no
# source tree, no editable install.
FROM python:3.11-slim AS wheel
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY factcheck ./factcheck
COPY rules ./rules
COPY seeds ./seeds
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FACTCHECK_DB=/data/factcheck.db \
    FACTCHECK_CACHE_DIR=/app/.cache
WORKDIR /app
COPY gunicorn.conf.py ./
COPY --from=wheel /dist /dist
# seeding checks the demo article, which also builds the reference-index cache into the image
RUN pip install --no-cache-dir /dist/*.whl && rm -rf /dist \
    && mkdir -p /data && factcheck seed --db /data/factcheck.db
VOLUME /data
EXPOSE 8000
# gunicorn.conf.py (read from /app): WORKERS, warm workers, request limits; binding
# 0.0.0.0 turns on token auth for API writes (docs/production.md).
ENV HOST=0.0.0.0 PORT=8000
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
