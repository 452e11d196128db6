"""Sample parties: persons with BRP test BSNs, companies with KvK test numbers, contacts.

Fictitious; CLO's fake BRP/KvK servers are meant to know the same numbers.
"""

from __future__ import annotations

PERSONEN = {
    "jan_de_vries": {
        "bsn": "999993653",
        "voorletters": "J.",
        "voorvoegsel": "de",
        "achternaam": "Vries",
        "email": "j.devries@example.com",
        "telefoon": "0519-220145",
        "adres": {
            "straat": "Hoogstraat",
            "huisnummer": "12",
            "postcode": "9101LJ",
            "woonplaats": "Dokkum",
        },
    },
    "sietske_hoekstra": {
        "bsn": "999991772",
        "voorletters": "S.",
        "achternaam": "Hoekstra",
        "email": "sietske.hoekstra@example.com",
        "telefoon": "06-12345678",
        "adres": {
            "straat": "Tsjerkepaed",
            "huisnummer": "3",
            "postcode": "9264TK",
            "woonplaats": "Feanwâlden",
        },
    },
    "pieter_van_der_meer": {
        "bsn": "999992077",
        "voorletters": "P.J.",
        "voorvoegsel": "van der",
        "achternaam": "Meer",
        "email": "pj.vandermeer@example.com",
        "telefoon": "0511-441902",
        "adres": {
            "straat": "Voorstraat",
            "huisnummer": "40",
            "postcode": "9291CK",
            "woonplaats": "Kollum",
        },
    },
}

BEDRIJVEN = {
    "bouwbedrijf_dokkum": {
        "kvk": "68750110",
        "vestigingsnummer": "000037178598",
        "rsin": "857587973",
        "handelsnaam": "Bouw- en Aannemingsbedrijf Dokkum B.V.",
        "email": "vergunningen@example.com",
        "telefoon": "0519-297300",
        "adres": {
            "straat": "Hogedijken",
            "huisnummer": "9",
            "postcode": "9101WT",
            "woonplaats": "Dokkum",
        },
    },
    "melkveebedrijf_damwald": {
        "kvk": "69599084",
        "vestigingsnummer": "000038509504",
        "rsin": "863726392",
        "handelsnaam": "Melkveebedrijf Haadwei V.O.F.",
        "email": "info@example.org",
        "telefoon": "0511-422871",
        "adres": {
            "straat": "Haadwei",
            "huisnummer": "54",
            "postcode": "9104AD",
            "woonplaats": "Damwâld",
        },
    },
}

CONTACTPERSONEN = {
    "architect": {
        "voorletters": "A.",
        "achternaam": "Bosma",
        "functie": "Projectleider",
        "email": "a.bosma@example.com",
        "telefoon": "0519-297311",
    },
    "agrarier": {
        "voorletters": "H.",
        "voorvoegsel": "van der",
        "achternaam": "Wal",
        "functie": "Vennoot",
        "email": "h.vanderwal@example.org",
    },
}
