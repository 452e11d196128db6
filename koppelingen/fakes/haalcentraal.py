"""Shared behaviour of the Haal Centraal style fakes (BAG, BRK, BRP): problem+json errors,
parameter validation with `invalidParams`, HAL links and pagination.

Error titles and codes follow BAG-API Features/foutafhandeling.feature and the example
responses in the BAG, BRK and BRP OpenAPI files (see shared/specs/haalcentraal/SOURCES.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlencode

from .base import FakeApi
from .wsgi import Request, Response

PROBLEM_JSON = "application/problem+json"
HAL_JSON = "application/hal+json"

# The English `detail` texts are those of the specifications' example responses.
_DETAILS = {
    400: "The request could not be understood by the server due to malformed syntax. The client "
    "SHOULD NOT repeat the request without modification.",
    401: "The request requires user authentication. The response MUST include a WWW-Authenticate "
    "header field (section 14.47) containing a challenge applicable to the requested resource.",
    403: "The server understood the request, but is refusing to fulfill it.",
    404: "The server has not found anything matching the Request-URI.",
    405: "The method specified in the Request-Line is not allowed for the resource.",
    500: "The server encountered an unexpected condition which prevented it from fulfilling the "
    "request.",
    503: "The service is currently unable to handle the request due to a temporary overloading or "
    "maintenance of the server.",
}
_RFC2616_SECTIE = {
    400: "10.4.1",
    401: "10.4.2",
    403: "10.4.4",
    404: "10.4.5",
    405: "10.4.6",
    500: "10.5.1",
    503: "10.5.4",
}

ONGELDIG_TITEL = "Een of meerdere parameters zijn niet correct."


@dataclass(frozen=True)
class ParamFout:
    name: str
    code: str
    reason: str

    def als_dict(self) -> dict[str, str]:
        return {
            "type": f"https://www.vng.nl/realisatie/api/validaties/{self.code}",
            "name": self.name,
            "code": self.code,
            "reason": self.reason,
        }


def controleer_patroon(naam: str, waarde: str | None, patroon: str) -> ParamFout | None:
    if waarde is None or re.fullmatch(patroon, waarde):
        return None
    return ParamFout(naam, "pattern", f"Waarde voldoet niet aan patroon {patroon}.")


def controleer_geheel_getal(
    naam: str, waarde: str | None, minimum: int | None = None, maximum: int | None = None
) -> ParamFout | None:
    if waarde is None:
        return None
    if not re.fullmatch(r"-?\d+", waarde):
        return ParamFout(naam, "integer", "Waarde is geen geldige integer.")
    if minimum is not None and int(waarde) < minimum:
        return ParamFout(naam, "minimum", f"Waarde is lager dan minimum {minimum}.")
    if maximum is not None and int(waarde) > maximum:
        return ParamFout(naam, "maximum", f"Waarde is hoger dan maximum {maximum}.")
    return None


class HaalCentraalFake(FakeApi):
    api_versie: ClassVar[str] = "2.0.0"
    # BAG spells the key "invalid-params", BRK and BRP "invalidParams".
    invalid_params_sleutel: ClassVar[str] = "invalidParams"

    def fout_type(self, status: int) -> str:
        sectie = _RFC2616_SECTIE.get(status, "10.5.1")
        return f"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec{sectie}"

    def fout_instance(self, request: Request) -> str:
        return request.url

    def fout(
        self,
        request: Request,
        status: int,
        *,
        titel: str,
        code: str,
        detail: str | None = None,
        invalid_params: list[dict[str, str]] | None = None,
    ) -> Response:
        body: dict[str, Any] = {
            "type": self.fout_type(status),
            "title": titel,
            "status": status,
            "detail": detail or _DETAILS.get(status, ""),
            "instance": self.fout_instance(request),
            "code": code,
        }
        if invalid_params:
            body[self.invalid_params_sleutel] = invalid_params
        headers = [("api-version", self.api_versie)]
        if status == 503:
            headers.append(("Retry-After", "30"))
        return Response(status, body, PROBLEM_JSON, headers)

    def ongeldig(self, request: Request, fouten: list[ParamFout | None]) -> Response | None:
        """400 paramsValidation when any check failed, else None."""
        echte = [f for f in fouten if f is not None]
        if not echte:
            return None
        return self.fout(
            request,
            400,
            titel=ONGELDIG_TITEL,
            code="paramsValidation",
            invalid_params=[f.als_dict() for f in echte],
        )

    def params_vereist(self, request: Request) -> Response:
        return self.fout(
            request,
            400,
            titel="Ten minste één parameter moet worden opgegeven.",
            code="paramsRequired",
        )

    def hal(self, body: dict[str, Any], headers: list[tuple[str, str]] | None = None) -> Response:
        return Response(200, body, HAL_JSON, [("api-version", self.api_versie), *(headers or [])])


def link(href: str) -> dict[str, str]:
    return {"href": href}


def pagineer(
    request: Request, items: list[Any], standaard_grootte: int = 20
) -> tuple[list[Any], dict[str, Any], list[tuple[str, str]]] | ParamFout:
    """Slice `items` per BAG-API Features/paginering.feature: page/pageSize parameters,
    first/previous/next/last links only where they apply, X-Pagination-* headers."""
    fout = controleer_geheel_getal(
        "page", request.arg("page"), minimum=1
    ) or controleer_geheel_getal("pageSize", request.arg("pageSize"), minimum=10, maximum=100)
    if fout:
        return fout
    pagina = int(request.arg("page") or 1)
    grootte = int(request.arg("pageSize") or standaard_grootte)
    laatste = max((len(items) + grootte - 1) // grootte, 1)
    if pagina > laatste:
        return ParamFout("page", "maximum", f"Waarde is hoger dan maximum {laatste}.")
    overige = [(k, v) for k, vs in request.query.items() if k != "page" for v in vs]

    def href(p: int) -> str:
        return f"{request.base_url}{request.path}?{urlencode([*overige, ('page', str(p))])}"

    links: dict[str, Any] = {"self": link(request.url)}
    if pagina > 1:
        links["first"] = link(href(1))
        links["previous"] = link(href(pagina - 1))
    if pagina < laatste:
        links["next"] = link(href(pagina + 1))
        links["last"] = link(href(laatste))
    headers = [("X-Pagination-Page", str(pagina)), ("X-Pagination-Limit", str(grootte))]
    return items[(pagina - 1) * grootte : pagina * grootte], links, headers
