"""Settings shared by every environment.

Environment variables switch the parts that differ between installations:
DATABASE_URL (SQLite by default), REDIS_URL (local-memory cache by default),
ELASTICSEARCH_URL (database search backend by default).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent

# The demo app ("demo", `manage.py load_demo`) is not here: dev.py and test.py
# add it, production.py only with WELTOFFEN_DEMO.
INSTALLED_APPS = [
    "core",
    "home",
    "concepts",
    "consultation",
    "news",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "dbbackup",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Page-cache hits for anonymous readers, before sessions, authentication
    # and the language machinery (core/front_cache.py).
    "core.front_cache.FrontCacheMiddleware",
    # Outermost after security (and whitenoise in production): the final
    # Cache-Control for CDNs and browsers (core/cache.py).
    "core.cache.CacheControlMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    # Before anything reads path or query: control characters answer 400.
    "core.malformed.RefuseMalformedRequestsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.languages.routing.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # 404 for admin addresses about another municipality's objects.
    "home.tenancy_admin.AdminTenancyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.languages.routing.LanguageMiddleware",
    # Inside LanguageMiddleware, so that stored pages never carry its cookie.
    "core.cache.PageCacheMiddleware",
    # A page found by the route an earlier request took (core/fragments.py).
    "core.fragments.KnownRoutesMiddleware",
    # Last, so it sees the login view's response (see AXES_* below).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "weltoffen.urls"
WSGI_APPLICATION = "weltoffen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Persistent connections (DB_CONN_MAX_AGE seconds; production keeps them 60 s)
# are checked before each request reuses them, so a restarted server costs
# no request an error.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
# How long a reader is asked to wait when the database does not answer
# (core/unavailable.py: the last good copy of a page, or a 503).
RETRY_AFTER_SECONDS = int(os.environ.get("RETRY_AFTER_SECONDS", "30"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Short timeouts, failures as misses, one warning a minute (core/shared_cache.py).
    from core.shared_cache import cache_settings as _redis_cache

    CACHES = {"default": _redis_cache(REDIS_URL, os.environ.get("CACHE_KEY_PREFIX", "weltoffen"))}
else:
    # In the process: pages, kept fragments and routes of five municipalities
    # in seven languages are thousands of entries; at Django's default of
    # 300 it dropped a third of them at once, and the next pages were
    # rendered from scratch (an event page 24 queries instead of 1 in make
    # bench's in-process measurement).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# The page cache for anonymous readers (core/cache.py): entries live in the
# cache above and are purged on publishing; s-maxage tells a CDN in front how
# long it may keep a page that no purge reaches (listings, snippets).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() == "true"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "300"))
# Next to each entry a last good copy is kept this long, served only while
# the database does not answer (core/unavailable.py).
PAGE_CACHE_STALE_TIMEOUT = int(os.environ.get("PAGE_CACHE_STALE_TIMEOUT", str(24 * 60 * 60)))
# A hit answered before the session machinery (core/front_cache.py) reads the
# purge versions from the shared cache at most this often per process: a page
# published through another app server reaches this one's hits within it.
PAGE_CACHE_VERSIONS_SECONDS = float(os.environ.get("PAGE_CACHE_VERSIONS_SECONDS", "1"))
# Named here although they keep their defaults: a cache hit reads them on
# every request, and Django answers a setting that is not there slowly.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_EXCLUDED_SEGMENTS = ("/beteiligung/", "/suche/")  # core/cache.py says why
FRAGMENT_CACHE_ENABLED = True

# A CDN or Varnish in front: Wagtail purges a page's addresses there when it
# is published or unpublished (wagtail.contrib.frontend_cache), configured only
# when one of these variables is set. Listings and snippet changes reach the
# CDN through PAGE_CACHE_S_MAXAGE.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_VARNISH_URL"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    # needs boto3 installed next to the project (not pinned here)
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# German is the language of the site and of the Wagtail admin; the content is
# translated with wagtail-localize into six languages, each named in its own
# language (README, "Languages"). A municipality chooses which of them it
# offers (MunicipalitySettings.languages); German is always on.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("fa", "فارسی"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch")]
# The reader's remembered language (set when they read a page in a language).
LANGUAGE_COOKIE_NAME = "weltoffen_sprache"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Machine translation in the translation editor: off unless configured, e.g.
# WAGTAILLOCALIZE_MACHINE_TRANSLATOR=wagtail_localize.machine_translators.deepl.DeepLTranslator
# with WAGTAILLOCALIZE_MACHINE_TRANSLATOR_OPTIONS='{"AUTH_KEY": "..."}' (JSON).
if os.environ.get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR"):
    import json as _json

    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": os.environ["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"],
        "OPTIONS": _json.loads(os.environ.get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR_OPTIONS", "{}")),
    }
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Only for a machine without a web server in front (`make serve`): Django
# itself serves the images under MEDIA_URL (never the documents, see
# site/urls.py). In production the proxy serves them (README, "Operation").
SERVE_MEDIA_LOCALLY = os.environ.get("SERVE_MEDIA_LOCALLY", "").strip().lower() in ("true", "1")
# Backups (`manage.py dbbackup`, `mediabackup`, django-dbbackup) are written to
# and restored from this folder (README, "Backup and restore").
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "dbbackup": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(BACKUP_DIR)},
    },
}

WAGTAIL_SITE_NAME = "Weltoffen"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CreditedImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
# A search's ranked results are kept for the next reader asking the same of
# the same municipality, purged with its pages (search/views.py `ranked`);
# `make bench` switches this off to measure the search itself.
SEARCH_RESULTS_CACHE = os.environ.get("SEARCH_RESULTS_CACHE", "true").lower() == "true"
# Searches are counted in memory and written every so many seconds by each
# process (search/counting.py); 0 writes each search at once.
SEARCH_LOG_SECONDS = float(os.environ.get("SEARCH_LOG_SECONDS", "5"))

# The database backend (SQLite FTS5, PostgreSQL full text) unless ELASTICSEARCH_URL
# names an Elasticsearch 8 server (ELASTICSEARCH_VERSION=9 for 9), German analysis
# configured in search/es_settings.py. German word forms on the database backends:
# search/german.py.
if os.environ.get("ELASTICSEARCH_URL"):
    from search.es_settings import backend as _es_backend

    WAGTAILSEARCH_BACKENDS = {
        "default": _es_backend(
            os.environ["ELASTICSEARCH_URL"], os.environ.get("ELASTICSEARCH_VERSION", "8")
        )
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
# WAGTAILAPI_BASE_URL stays unset: the API then builds URLs from the requesting
# municipality's own site.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "weltoffen@localhost")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (core.tasks, django-tasks): run at once unless
# TASKS_BACKEND says otherwise; production queues them in the database
# (django_tasks_db) for `manage.py run_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# How many messages one visitor may send through the accessibility feedback
# form per hour before being asked to wait.
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "5"))

ADMIN_TITLE = _("Weltoffen – Redaktion")
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.CreditedImageForm"

# --- Security baseline --------------------------------------------------------
# Headers that do not depend on HTTPS apply everywhere; HSTS, secure cookies and
# the HTTPS redirect live in production.py.

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The public site may not be framed at all; weltoffen.middleware switches the
# admin (whose live preview is an iframe) to SAMEORIGIN.
X_FRAME_OPTIONS = "DENY"
# Sent by core.middleware.SecurityHeadersMiddleware. "browsing-topics"
# replaced FLoC's "interest-cohort", which browsers no longer recognise.
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
)

# Content Security Policy (django-csp 4). The public templates load only
# same-origin scripts and styles and use no inline script or style attributes;
# JSON-LD blocks are data, not script, so they need no exception.
_SELF = "'self'"
_NONE = "'none'"
_UNSAFE_INLINE = "'unsafe-inline'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# The Wagtail admin (everything under /admin/, including the login page and the
# page previews it shows in an iframe) still relies on inline scripts and
# styles, uses blob: and data: images for uploads and choosers, and frames its
# own previews. core.middleware.ContentSecurityPolicyMiddleware uses this
# policy for admin URLs instead of the one above.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF, _UNSAFE_INLINE],
        "style-src": [_SELF, _UNSAFE_INLINE],
        "img-src": [_SELF, "data:", "blob:"],
        "font-src": [_SELF, "data:"],
        "connect-src": [_SELF],
        "media-src": [_SELF, "blob:"],
        "worker-src": [_SELF, "blob:"],
        "frame-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
# No calls from editors' browsers to third parties: no Gravatar (it would also
# hand out a hash of every editor's e-mail address) and no update check against
# wagtail.org, both of which the admin CSP would block anyway.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Password guessing on /admin/login/ (django-axes): five failures for one user
# name from one address lock that combination out for 30 minutes; a successful
# login clears the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = True
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_COOLOFF_MESSAGE = _(
    "Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung für diesen Benutzernamen "
    "ist von Ihrem Anschluss aus für 30 Minuten gesperrt. Bitte versuchen Sie es "
    "später erneut oder wenden Sie sich an die Administration."
)
AXES_CLIENT_IP_CALLABLE = "core.protection.client_ip"
# Number of reverse proxies in front of Django that append to X-Forwarded-For;
# 0 means the client address is REMOTE_ADDR (see core.protection.client_ip).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Uploads: core.uploads checks images and documents beyond Wagtail's own checks.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.CheckedDocumentForm"
AXES_VERBOSE = False

# Documents are always served through Django, so that home.wagtail_hooks can
# refuse files that no live page uses yet (see README, "Entwürfe bleiben intern").
# The proxy in front must therefore not serve MEDIA_ROOT/documents/ itself.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# /health/ (core/health.py) reports "degraded" when a task has waited longer.
HEALTH_TASK_MAX_WAIT_SECONDS = int(os.environ.get("HEALTH_TASK_MAX_WAIT_SECONDS", "300"))
# How often `manage.py run_scheduler` publishes and unpublishes scheduled pages.
SCHEDULER_INTERVAL_SECONDS = int(os.environ.get("SCHEDULER_INTERVAL_SECONDS", "60"))

# The calendar subscription (/<lang>/veranstaltungen/ical/) covers events from
# this many days ago to this many days ahead, and at most CALENDAR_MAX_EVENTS
# of them, the upcoming first (news/models/events.py).
CALENDAR_DAYS_PAST = int(os.environ.get("CALENDAR_DAYS_PAST", "183"))
CALENDAR_DAYS_AHEAD = int(os.environ.get("CALENDAR_DAYS_AHEAD", "549"))
CALENDAR_MAX_EVENTS = int(os.environ.get("CALENDAR_MAX_EVENTS", "50"))
