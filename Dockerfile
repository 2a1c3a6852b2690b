# The dashboard in one container: one Streamlit process on port 8501 (server.py: the app, its data API
# under /api/v1 and compressed assets) with the project's .streamlit/config.toml (usage statistics off,
# no request outside the container).
#
#   docker build -t kg-social-dashboard .
#   docker run --rm -p 8501:8501 kg-social-dashboard      # http://localhost:8501
#
# For many visitors, run several containers behind a proxy with sticky sessions
# (docs/deployment.md; deploy/nginx.conf.template).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Debian's chromium: kaleido draws the charts' PNG and SVG downloads in it (without it the app
# offers the data files and says that images are off).
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*

# The pinned requirements first: this layer is rebuilt only when they change.
COPY requirements.txt ./
RUN pip install -r requirements.txt

# What the app reads: the Streamlit config, the app and its modules, the data.
# (Copied by name, so a local .venv/, .git/ or test output never ends up in the image.)
COPY .streamlit/ .streamlit/
COPY app.py server.py ./
COPY analysis/ analysis/
COPY ui/ ui/
COPY app_pages/ app_pages/
COPY data/ data/
# The modules' bytecode in the image: PYTHONDONTWRITEBYTECODE would otherwise have every start compile them.
RUN python -m compileall -q analysis ui app_pages

RUN useradd --create-home --uid 10001 dashboard
USER dashboard

EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"]

# Listen on every interface inside the container; the port and the rest come from .streamlit/config.toml.
CMD ["python", "-m", "streamlit", "run", "server.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.fileWatcherType=none"]
