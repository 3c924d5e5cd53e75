package app.securebase.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The nonce PrimeFaces put in this response's Content-Security-Policy header.
 *
 * <p>PrimeFaces keeps the nonce in the view map and checks it on postback; a transient (stateless) view has no view
 * map, so a full-page POST from one must carry the nonce as the {@code primefaces.nonce} request parameter, as
 * PrimeFaces' own ajax requests do. Forms in transient views render it as a hidden field.
 */
@Named
@RequestScoped
public class CspNonce {

    @Inject
    FacesContext facesContext;

    public String getValue() {
        return PrimeFacesContext.getCspState(facesContext).getNonce();
    }
}
