# The factcheck service: gunicorn on port 8000 with the seed articles loaded.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FACTCHECK_DB=/data/factcheck.db
WORKDIR /app
COPY pyproject.toml README.md ./
COPY factcheck ./factcheck
COPY rules ./rules
COPY seeds ./seeds
RUN pip install --no-cache-dir -e . && mkdir -p /data && factcheck seed --db /data/factcheck.db
VOLUME /data
EXPOSE 8000
CMD ["sh", "-c", "gunicorn --workers ${WORKERS:-2} --bind 0.0.0.0:8000 'factcheck.web:create_app()'"]
