from django import forms

from handhaving.models import Aanleiding, Eenheid

DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class StartForm(forms.Form):
    omschrijving = forms.CharField(label="Korte omschrijving", max_length=250)
    aanleiding = forms.ChoiceField(
        label="Aanleiding", choices=[(a.value, a.label) for a in Aanleiding if a != Aanleiding.BEVINDING]
    )
    overtreding = forms.CharField(label="Overtreding", widget=forms.Textarea(attrs={"rows": 3}))
    wettelijke_grondslag = forms.CharField(label="Wettelijke grondslag", required=False, max_length=300)
    maatregel = forms.CharField(label="Herstelmaatregel", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    locatie = forms.CharField(label="Locatie", required=False, max_length=300)
    geconstateerd_op = forms.DateField(label="Geconstateerd op", widget=DATUM)
    overtreder = forms.CharField(label="Naam overtreder", required=False, max_length=300)


class InterventieForm(forms.Form):
    gedrag = forms.ChoiceField(
        label="Gedrag",
        choices=[
            ("A", "A — goedwillend"),
            ("B", "B — onverschillig"),
            ("C", "C — calculerend"),
            ("D", "D — crimineel/structureel"),
        ],
    )
    gevolgen = forms.TypedChoiceField(
        label="Gevolgen",
        coerce=int,
        choices=[(1, "1 — gering"), (2, "2 — beperkt"), (3, "3 — aanzienlijk"), (4, "4 — ernstig/onomkeerbaar")],
    )
    recidive = forms.BooleanField(label="Recidive binnen 24 maanden", required=False)
    acuut_gevaar = forms.BooleanField(label="Acuut gevaar", required=False)
    gekozen = forms.ChoiceField(
        label="Gekozen interventie",
        required=False,
        choices=[("", "Volg het voorstel")] + [(f"R{i}", f"R{i}") for i in range(1, 6)],
    )
    afwijkingsreden = forms.CharField(
        label="Reden van afwijken", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class VoornemenForm(forms.Form):
    soort = forms.ChoiceField(
        label="Soort last", choices=[("lod", "Last onder dwangsom"), ("lob", "Last onder bestuursdwang")]
    )
    verzonden = forms.DateField(label="Verzenddatum", widget=DATUM)
    zienswijze_weken = forms.IntegerField(label="Zienswijzetermijn (weken)", min_value=1, max_value=12, required=False)
    bedrag = forms.DecimalField(label="Dwangsom (bedrag)", required=False, min_value=0, decimal_places=2)
    eenheid = forms.ChoiceField(label="Eenheid", choices=Eenheid.choices, required=False)
    maximum = forms.DecimalField(label="Maximum", required=False, min_value=0, decimal_places=2)


class LastForm(forms.Form):
    soort = forms.ChoiceField(
        label="Soort last", choices=[("lod", "Last onder dwangsom"), ("lob", "Last onder bestuursdwang")]
    )
    maatregel = forms.CharField(label="Herstelmaatregel", widget=forms.Textarea(attrs={"rows": 2}))
    bekendgemaakt = forms.DateField(label="Bekendgemaakt op", widget=DATUM)
    begunstigingstermijn_dagen = forms.IntegerField(label="Begunstigingstermijn (dagen)", min_value=1, required=False)
    bedrag = forms.DecimalField(label="Dwangsom (bedrag)", required=False, min_value=0, decimal_places=2)
    eenheid = forms.ChoiceField(label="Eenheid", choices=Eenheid.choices, required=False)
    maximum = forms.DecimalField(label="Maximum", required=False, min_value=0, decimal_places=2)
    kostenraming = forms.DecimalField(label="Kostenraming bestuursdwang", required=False, min_value=0, decimal_places=2)
    motivering = forms.CharField(label="Motivering", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class VerzoekForm(forms.Form):
    omschrijving = forms.CharField(label="Omschrijving van het verzoek", max_length=250)
    ontvangen = forms.DateField(label="Ontvangen op", widget=DATUM)
    naam = forms.CharField(label="Naam verzoeker", max_length=300)
    postcode = forms.CharField(label="Postcode", required=False, max_length=7)
    woonplaats = forms.CharField(label="Woonplaats", required=False, max_length=100)
    email = forms.EmailField(label="E-mail", required=False)
