package app.securebase.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;

/**
 * What an ajax request's response will contain. Faces visits the whole component tree on an ajax request, asking
 * each component outside a form whether it is rendered; header parts whose answer costs a query (the client's
 * notifications, the clinician's unreviewed badge) ask here first and stay out of requests that will not show them.
 */
public final class PartialResponses {

    private PartialResponses() {
    }

    /** Whether this is an ajax request whose response re-renders only parts of the page. */
    public static boolean isPartial() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return false;
        }
        PartialViewContext partial = faces.getPartialViewContext();
        return partial.isAjaxRequest() && !partial.isRenderAll();
    }

    /** Whether this is an ajax request whose response leaves out the component with this client id. */
    public static boolean leavesOut(String clientId) {
        return isPartial() && !FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds()
                .contains(clientId);
    }
}
