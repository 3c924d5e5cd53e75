/*
 * What PrimeFaces' rich-text editor (p:textEditor, Quill 2) lacks for keyboard and screen-reader users, added to every
 * editor wrapped in <div class="sb-rich-text" data-sb-…>:
 *  - the editable area is named by the field's label and described by its help text;
 *  - the link tooltip's address field gets a name;
 *  - Tab and Shift+Tab move the focus on instead of typing a tab character, so nobody is trapped in the editor
 *    (the toolbar offers no indenting, which is all Quill uses Tab for).
 * A file, not an inline script: the pages' Content-Security-Policy allows scripts only from here or with a nonce.
 * PrimeFaces creates the editor once the document is ready, and again after each ajax update that redraws it, so a
 * MutationObserver notices every new one (already enhanced editors are skipped at the cost of one attribute check).
 */
(function () {
    'use strict';

    function enhance() {
        document.querySelectorAll('.sb-rich-text').forEach(function (wrapper) {
            var editable = wrapper.querySelector('.ql-editor');
            if (!editable || editable.getAttribute('data-sb-enhanced')) {
                return;
            }
            editable.setAttribute('data-sb-enhanced', 'true');
            editable.setAttribute('role', 'textbox');
            editable.setAttribute('aria-multiline', 'true');
            editable.setAttribute('aria-labelledby', wrapper.getAttribute('data-sb-labelledby'));
            editable.setAttribute('aria-describedby', wrapper.getAttribute('data-sb-describedby'));
            var linkInput = wrapper.querySelector('.ql-tooltip input');
            if (linkInput) {
                linkInput.setAttribute('aria-label', wrapper.getAttribute('data-sb-link-label'));
            }
            var widget = window.PrimeFaces && PrimeFaces.widgets[wrapper.getAttribute('data-sb-widget')];
            if (widget && widget.editor) {
                delete widget.editor.keyboard.bindings.Tab;
                delete widget.editor.keyboard.bindings[9];
            }
        });
    }

    enhance();
    new MutationObserver(enhance).observe(document.body, {childList: true, subtree: true});
})();
