# The factcheck service: gunicorn on port 8000 with the seed articles loaded.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FACTCHECK_DB=/data/factcheck.db \
    FACTCHECK_CACHE_DIR=/app/.cache
WORKDIR /app
COPY pyproject.toml README.md gunicorn.conf.py ./
COPY factcheck ./factcheck
COPY rules ./rules
COPY seeds ./seeds
# seeding checks the demo article, which also builds the reference-index cache into the image
RUN pip install --no-cache-dir -e . && mkdir -p /data && factcheck seed --db /data/factcheck.db
VOLUME /data
EXPOSE 8000
# gunicorn.conf.py (read from /app): WORKERS, warm workers, request limits; binding
# 0.0.0.0 turns on token auth for API writes (docs/production.md).
ENV HOST=0.0.0.0 PORT=8000
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
