/*
 * The homework form (client/entry.xhtml) saves itself on the server as the client types, and so does the session
 * note editor (clinician/note.xhtml) as the clinician types: each input's p:ajax posts the whole form, debounced,
 * and the server answers with the status line (data-sb-state: saved, conflict, refused, failed, invalid). This
 * script adds what only the browser can know:
 *  - "Saving…" while a save is on its way;
 *  - "Not saved – will retry" when a save did not reach the server, and a retry (sbEntryRetry, a p:remoteCommand)
 *    after a growing pause;
 *  - a warning before leaving the page while something typed is not saved yet (beforeunload);
 *  - after a refused submit, the focus on the summary of what to fix;
 *  - Backspace, Delete and select-all in a scale's number box: PrimeFaces' slider filters that box's keys and
 *    (PrimeFaces 15) lets only digits through, so a typed number could not be erased. The server checks the number.
 * Nothing typed is kept in the browser: no storage, no cookies; the draft lives on the server only.
 * A file, not an inline script: the pages' Content-Security-Policy allows scripts only from here or with a nonce.
 */
(function () {
    'use strict';

    // The client's homework form, or another page's form marked data-sb-autosave (the session note editor,
    // clinician/note.xhtml) with the same status line, conflict choice and sbEntryRetry remote command.
    var marked = document.querySelector('form[data-sb-autosave]');
    var FORM = marked ? marked.id : 'entryForm';
    var edits = 0;          // changes made in the form so far
    var savedEdits = 0;     // the changes the last successful save included
    var retryDelay = 2000;
    var retryTimer = null;

    function form() {
        return document.getElementById(FORM);
    }

    function status() {
        return document.getElementById(FORM + ':saveStatus');
    }

    function show(textAttribute) {
        var line = status();
        if (line && line.getAttribute(textAttribute)) {
            line.textContent = line.getAttribute(textAttribute);
        }
    }

    function fromEntryForm(settings) {
        var data = settings && typeof settings.data === 'string' ? settings.data : '';
        return data.indexOf('jakarta.faces.source=' + FORM + '%3A') >= 0
            || data.indexOf('jakarta.faces.source=' + FORM + ':') >= 0;
    }

    function isSubmit(settings) {
        return settings.data.indexOf('jakarta.faces.source=' + FORM + '%3Asubmit') >= 0;
    }

    function unsaved() {
        return form() !== null && edits !== savedEdits;
    }

    function scheduleRetry() {
        if (retryTimer || typeof window.sbEntryRetry !== 'function') {
            return;
        }
        retryTimer = window.setTimeout(function () {
            retryTimer = null;
            window.sbEntryRetry();
        }, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
    }

    function changed(event) {
        var target = event.target;
        if (target && target.form && target.form.id === FORM) {
            edits++;
        }
    }

    document.addEventListener('input', changed, true);
    document.addEventListener('change', changed, true);

    window.addEventListener('beforeunload', function (event) {
        if (unsaved()) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    if (!window.jQuery) {
        return;
    }

    function freeNumberBoxes() {
        jQuery('form[id="' + FORM + '"] .sb-entry-number').off('keydown.slider');
    }

    window.addEventListener('load', freeNumberBoxes);
    jQuery(document).on('pfAjaxComplete', freeNumberBoxes);
    jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
        if (!fromEntryForm(settings)) {
            return;
        }
        xhr.sbEdits = edits;
        show('data-sb-saving');
    }).on('pfAjaxComplete', function (event, xhr, settings) {
        if (!fromEntryForm(settings)) {
            return;
        }
        if (!form()) {
            // Submitted: the form made way for the read-only entry. A late save from the old form needs no retry.
            savedEdits = edits;
            var thanks = document.getElementById('thanks');
            if (thanks && xhr.status === 200 && isSubmit(settings)) {
                thanks.focus();
            }
            return;
        }
        if (xhr.status !== 200) {
            show('data-sb-retry');
            scheduleRetry();
            return;
        }
        var line = status();
        var state = line ? line.getAttribute('data-sb-state') : null;
        if (state === 'saved' && typeof xhr.sbEdits === 'number') {
            savedEdits = Math.max(savedEdits, xhr.sbEdits);
            retryDelay = 2000;
        } else if (state === 'failed') {
            scheduleRetry();
        }
        if (isSubmit(settings)) {
            var summary = document.getElementById(FORM + ':problemSummary');
            if (summary) {
                summary.focus();
            }
        }
    });
})();
