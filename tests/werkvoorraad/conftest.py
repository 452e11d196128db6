from tests.vergunningen.conftest import aanvraag, adviseur_ro, behandelaar, collega, vandaag  # noqa: F401
