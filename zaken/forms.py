from django import forms

from clo.accounts.models import Medewerker
from clo.core.widgets import SnelleSelect
from zaken.models import Documenttype, Statustype, Zaaktype

TERMIJN_KEUZES = [
    ("", "Alle"),
    ("verlopen", "Termijn verstreken"),
    ("week", "Verloopt binnen 7 dagen"),
    ("maand", "Verloopt binnen 30 dagen"),
]
SORTERING = [
    ("termijn", "Uiterste afdoeningsdatum (eerst)"),
    ("-startdatum", "Nieuwste eerst"),
    ("startdatum", "Oudste eerst"),
    ("identificatie", "Zaaknummer"),
]


class ZaakFilterForm(forms.Form):
    # Rendered in Python (SnelleSelect): the ~80 options of this filter bar were a large part
    # of the zakenlijst's rendering time (docs/performance.md).
    zaaktype = forms.ChoiceField(required=False, label="Zaaktype", widget=SnelleSelect)
    status = forms.ChoiceField(required=False, label="Status", widget=SnelleSelect)
    behandelaar = forms.ChoiceField(required=False, label="Behandelaar", widget=SnelleSelect)
    termijn = forms.ChoiceField(required=False, choices=TERMIJN_KEUZES, label="Termijn", widget=SnelleSelect)
    afgesloten = forms.ChoiceField(
        required=False,
        label="Zaken",
        choices=[("", "Lopend"), ("ja", "Afgesloten"), ("alle", "Alle")],
        widget=SnelleSelect,
    )
    sortering = forms.ChoiceField(required=False, choices=SORTERING, label="Sorteren op", widget=SnelleSelect)

    def __init__(self, *args, organisatie, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the values: loading the catalogus as model instances cost more than the list query.
        zaaktypen = (
            Zaaktype.objects.filter(organisatie=organisatie)
            .order_by("omschrijving")
            .values_list("identificatie", "omschrijving")
            .distinct()
        )
        gezien: dict[str, str] = {}
        for identificatie, omschrijving in zaaktypen:
            gezien.setdefault(identificatie, omschrijving)
        self.fields["zaaktype"].choices = [("", "Alle zaaktypen"), *gezien.items()]
        statussen = sorted(
            set(
                Statustype.objects.filter(zaaktype__organisatie=organisatie)
                .order_by()
                .values_list("omschrijving", flat=True)
                .distinct()
            )
        )
        self.fields["status"].choices = [("", "Alle statussen"), *[(s, s) for s in statussen]]
        medewerkers = (
            Medewerker.objects.filter(lidmaatschappen__organisatie=organisatie, lidmaatschappen__actief=True)
            .order_by("first_name", "last_name", "pk")
            .values_list("pk", "first_name", "last_name", "username")
            .distinct()
        )
        self.fields["behandelaar"].choices = [
            ("", "Iedereen"),
            ("mij", "Mijn zaken"),
            ("geen", "Niet toegewezen"),
            # Same label as str(Medewerker): the full name, else the username.
            *[
                (str(pk), f"{voornaam} {achternaam}".strip() or username)
                for pk, voornaam, achternaam, username in medewerkers
            ],
        ]


class ZaakRegistratieForm(forms.Form):
    zaaktype = forms.ModelChoiceField(queryset=Zaaktype.objects.none(), label="Zaaktype")
    omschrijving = forms.CharField(max_length=300, label="Korte omschrijving")
    startdatum = forms.DateField(label="Datum van ontvangst", widget=forms.DateInput(attrs={"type": "date"}))
    kanaal = forms.ChoiceField(
        label="Ontvangen via",
        choices=[("balie", "Balie"), ("telefoon", "Telefoon"), ("post", "Post"), ("email", "E-mail")],
    )
    toelichting = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Toelichting")
    aanvrager_naam = forms.CharField(max_length=300, label="Naam aanvrager")
    aanvrager_bsn = forms.CharField(max_length=9, required=False, label="BSN aanvrager (optioneel)")
    aanvrager_kvk = forms.CharField(max_length=8, required=False, label="KvK-nummer (optioneel)")
    aanvrager_email = forms.EmailField(required=False, label="E-mailadres aanvrager")
    adres = forms.CharField(max_length=300, required=False, label="Adres van de locatie")
    postcode = forms.CharField(max_length=7, required=False, label="Postcode")
    woonplaats = forms.CharField(max_length=100, required=False, label="Plaats")

    def __init__(self, *args, organisatie, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zaaktype"].queryset = Zaaktype.objects.filter(
            organisatie=organisatie, concept=False, handmatig_starten=True, einde_geldigheid__isnull=True
        ).order_by("omschrijving")

    def clean_aanvrager_bsn(self):
        from clo.core.validators import valideer_bsn

        bsn = self.cleaned_data["aanvrager_bsn"].strip()
        if bsn:
            valideer_bsn(bsn)
        return bsn

    def clean_aanvrager_kvk(self):
        from clo.core.validators import valideer_kvk_nummer

        kvk = self.cleaned_data["aanvrager_kvk"].strip()
        if kvk:
            valideer_kvk_nummer(kvk)
        return kvk


class DocumentUploadForm(forms.Form):
    bestand = forms.FileField(label="Bestand")
    titel = forms.CharField(max_length=200, required=False, label="Titel (optioneel)")
    documenttype = forms.ModelChoiceField(queryset=Documenttype.objects.none(), label="Documenttype")

    def __init__(self, *args, zaak, **kwargs):
        super().__init__(*args, **kwargs)
        qs = Documenttype.objects.filter(organisatie_id=zaak.organisatie_id)
        eigen = qs.filter(zaaktypen=zaak.zaaktype)
        self.fields["documenttype"].queryset = eigen if eigen.exists() else qs
