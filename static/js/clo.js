// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("htmx:responseError", function (event) {
  var main = document.getElementById("inhoud");
  var p = document.createElement("p");
  p.className = "melding melding--error";
  p.setAttribute("role", "alert");
  p.textContent = "Het bijwerken van de pagina is mislukt (" + event.detail.xhr.status + "). Ververs de pagina en probeer het opnieuw.";
  main.prepend(p);
});
