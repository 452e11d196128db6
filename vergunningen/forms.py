from django import forms

from vergunningen.stappen.velden import Datumveld, niet_in_toekomst


class IntrekkenForm(forms.Form):
    reden = forms.CharField(
        label="Hoe en wanneer heeft de aanvrager ingetrokken?", widget=forms.Textarea(attrs={"rows": 2})
    )


class VerlengenForm(forms.Form):
    reden = forms.CharField(label="Reden van de verlenging", widget=forms.Textarea(attrs={"rows": 2}))
    besloten_op = Datumveld(label="Verlengingsbesluit bekendgemaakt op")

    def clean_besloten_op(self):
        niet_in_toekomst(self.cleaned_data["besloten_op"], "De datum van het verlengingsbesluit")
        return self.cleaned_data["besloten_op"]
