"""Django settings for CLO. Every environment variable is read through clo.env and documented
in docs/configuration.md."""

import dj_database_url
from celery.schedules import crontab

from clo.env import BASE_DIR, DATA_DIR, SPECS_DIR, env, env_bool, env_int, env_list

DEBUG = env_bool("CLO_DEBUG", False)
SECRET_KEY = env("SECRET_KEY", "") or "clo-onveilige-ontwikkelsleutel-niet-voor-productie"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "django_filters",
    "leaflet",
    "solo",
    "privates",
    "simple_certmanager",
    "zgw_consumers",
    "viewflow",
    "viewflow.workflow",
    "clo.accounts",
    "clo.audit",
    "clo.core",
    "zaken",
    "zaken.brieven",
    "zaken.werkvoorraad",
    "zaken.zoeken",
    "zaken.kcc",
    "vergunningen",
    "toezicht",
    "handhaving",
    "koppelingen",
    "koppelingen.mail",
    "koppelingen.dso",
    "koppelingen.basisregistraties",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "clo.core.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "clo.accounts.middleware.TenantMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clo.urls"
WSGI_APPLICATION = "clo.wsgi.application"
AUTH_USER_MODEL = "accounts.Medewerker"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clo.accounts.context_processors.tenant",
            ],
        },
    },
]

# Database: DATABASE_URL in production and CI; otherwise an embedded PostgreSQL in .data/.
DATABASE_URL = env("DATABASE_URL", "")
if not DATABASE_URL:
    from clo.embedded_db import embedded_database_url

    DATABASE_URL = embedded_database_url(DATA_DIR)
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = (
    ["django.contrib.auth.hashers.MD5PasswordHasher"]  # tests only: hashing speed, never prod
    if env_bool("CLO_FAST_PASSWORD_HASHER")
    else [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
    ]
)

# django-axes: lock an account+IP after repeated failures (BIO: brute force protection).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True

# Sessions and cookies
SECURE = env_bool("CLO_SECURE_COOKIES", not DEBUG and SITE_URL.startswith("https"))
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the cookie-less meta tag instead
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY") else None
CSP_EXTRA_IMG_SRC = env_list("CSP_EXTRA_IMG_SRC", "")

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = DATA_DIR / "media"
PRIVATE_MEDIA_ROOT = DATA_DIR / "bestanden"
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/niet-openbaar/"},
    },
    "privates": {
        "BACKEND": "privates.storages.PrivateMediaFileSystemStorage",
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
PRIVATE_MEDIA_URL = "/niet-openbaar/"
SENDFILE_BACKEND = "django_sendfile.backends.simple"
SENDFILE_ROOT = PRIVATE_MEDIA_ROOT
SENDFILE_URL = PRIVATE_MEDIA_URL

# Uploads: CLO streams files to disk above 2.5 MB; the maximum per document is a setting.
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_MB", 500) * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Celery: eager (in-process) unless a broker is configured.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", "") or None
CELERY_TASK_ACKS_LATE = True  # a killed worker's task is redelivered; tasks are idempotent
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TIMEZONE = TIME_ZONE
# Optional own queue for the DSO intake, so a worker can take only verzoeken (and a flood of them
# never waits behind letters). Empty: the default queue, which every worker consumes.
CELERY_DSO_QUEUE = env("CELERY_DSO_QUEUE", "")
CELERY_TASK_ROUTES = {
    f"koppelingen.dso.tasks.{taak}": {"queue": CELERY_DSO_QUEUE}
    for taak in ("verwerk_notificatie", "verwerk_bericht")
    if CELERY_DSO_QUEUE
}
CELERY_BEAT_SCHEDULE: dict = {
    # Each periodic job is also a management command of the same name.
    "termijnbewaking": {"task": "zaken.werkvoorraad.tasks.termijnbewaking", "schedule": crontab(hour=6, minute=0)},
    "dso_ophalen": {"task": "koppelingen.dso.tasks.dso_ophalen", "schedule": crontab(minute="*/15")},
    "verrijking_inhalen": {"task": "koppelingen.basisregistraties.tasks.verrijking_inhalen_task", "schedule": 900.0},
    "mailgateway_ophalen": {"task": "koppelingen.mail.tasks.haal_mail_op", "schedule": 300.0},
    "swf_notificaties_ophalen": {
        "task": "koppelingen.dso.tasks.swf_notificaties_ophalen",
        "schedule": crontab(minute="*/2"),
    },
}
# Digikoppelaars may authenticate with a client certificate terminated by the proxy: the
# header that carries the certificate subject (empty: only token authentication).
DSO_NOTIFICATIE_CERT_HEADER = env("DSO_NOTIFICATIE_CERT_HEADER", "")
TOEZICHT_FOTO_CHUNK_KB = env_int("TOEZICHT_FOTO_CHUNK_KB", 256)
TOEZICHT_MAX_FOTO_MB = env_int("TOEZICHT_MAX_FOTO_MB", 40)

# Mail: file backend visible in the app's mail log unless SMTP is configured.
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = DATA_DIR / "mail"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "noreply@clo.localhost")

# Koppelingen: built-in fake servers unless real services are configured in the admin.
CLO_FAKES_URL = env("CLO_FAKES_URL", "http://127.0.0.1:8001")
CLO_SPECS_DIR = SPECS_DIR

LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (53.30, 5.95),
    "DEFAULT_ZOOM": 11,
    "TILES": env(
        "CLO_KAART_TEGELS", "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
    ),
    "ATTRIBUTION_PREFIX": "Kaartgegevens © Kadaster (PDOK)",
    "RESET_VIEW": False,
}

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {"TITLE": "CLO API", "VERSION": "1.0.0"}

# Termijnen: conventions the law leaves open (DOMAIN.md §2, [U]) — see docs/configuration.md.
TERMIJN_OPSCHORTING_TELLING = env("TERMIJN_OPSCHORTING_TELLING", "exclusief")
TERMIJN_DWANGSOM_DAGEN_NA_INGEBREKESTELLING = env_int("TERMIJN_DWANGSOM_DAGEN", 14)
WERKVOORRAAD_URGENT_DAGEN = env_int("WERKVOORRAAD_URGENT_DAGEN", 5)
WERKVOORRAAD_LET_OP_DAGEN = env_int("WERKVOORRAAD_LET_OP_DAGEN", 14)

LOG_LEVEL = env("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "pgserver": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
