from django import forms

from toezicht.models import Aanleiding, Checklist, VersieStatus, VthObject


class ObjectForm(forms.ModelForm):
    activiteiten_tekst = forms.CharField(
        label="Activiteiten", required=False, help_text="Gescheiden door komma's, bijv. bouwen, brandveilig gebruik."
    )

    class Meta:
        model = VthObject
        fields = [
            "objectcode",
            "naam",
            "straat",
            "huisnummer",
            "postcode",
            "woonplaats",
            "nummeraanduiding_id",
            "lat",
            "lon",
            "inrichtingsnaam",
            "kvk_nummer",
            "sbi_code",
            "inrichtingstype",
            "gebruikers",
            "risicocategorie",
            "naleefgedrag",
            "contactnaam",
            "contact_email",
            "opmerkingen",
        ]

    def velden(self) -> dict:
        data = dict(self.cleaned_data)
        data["activiteiten"] = [a.strip() for a in data.pop("activiteiten_tekst", "").split(",") if a.strip()]
        return data


class ImportForm(forms.Form):
    bestand = forms.FileField(label="Excel-bestand (.xlsx)")


class ControleStartForm(forms.Form):
    checklist = forms.ModelChoiceField(queryset=Checklist.objects.none(), label="Checklist")
    object = forms.ModelChoiceField(queryset=VthObject.objects.none(), label="Object", required=False)
    aanleiding = forms.ChoiceField(choices=Aanleiding.choices, label="Aanleiding")
    datum = forms.DateField(label="Datum bezoek", required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, organisatie, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["checklist"].queryset = Checklist.objects.filter(
            organisatie=organisatie, versies__status=VersieStatus.ACTIEF
        ).distinct()
        self.fields["object"].queryset = VthObject.objects.filter(organisatie=organisatie, actief=True)


class PlanForm(forms.Form):
    controle = forms.IntegerField(widget=forms.HiddenInput)
    datum = forms.DateField(label="Datum", widget=forms.DateInput(attrs={"type": "date"}))
    toezichthouder = forms.ChoiceField(label="Toezichthouder")

    def __init__(self, *args, toezichthouders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["toezichthouder"].choices = [(t.pk, str(t)) for t in toezichthouders]
