/*
 * The homework form (client/entry.xhtml) saves itself on the server as the client types, and so does the session
 * note editor (clinician/note.xhtml) as the clinician types.
 *  - The homework form (a form with data-sb-draft-url): this script posts the answers as JSON to EntryDraftServlet,
 *    debounced (a pause of a second in typing, or at once when a box is ticked or a field is left), one save at a
 *    time, with the session's token and the revision the last save returned (kept in the form's hidden revision
 *    field, which the form's own posts carry too). When that save conflicts, is refused or does not get through, the
 *    form's own Faces autosave (sbEntryRetry, a p:remoteCommand posting the whole form) takes over and shows the
 *    outcome: the conflict choice, the refusal, or "will retry". A tick in the emotion picker shows the word's
 *    intensity box at once.
 *  - The note editor: each input's p:ajax posts the whole form, debounced, and the server answers with the status
 *    line (data-sb-state: saved, conflict, refused, failed, invalid).
 * For both, this script adds what only the browser can know:
 *  - "Saving…" while a save is on its way;
 *  - "Not saved – will retry" when a save did not reach the server, and a retry (sbEntryRetry) after a growing pause;
 *  - a warning before leaving the page while something typed is not saved yet (beforeunload);
 *  - a click on "Send" waits for the save on its way, so the two never cross;
 *  - a scripted save restarts the idle-session clock, as every PrimeFaces ajax request does;
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
    var TYPING_PAUSE = 1000; // as the note editor's keyup delay
    var saveTimer = null;    // a scripted save waiting for a pause in typing
    var inFlight = false;    // a scripted save on its way
    var facesBusy = false;   // a Faces request of the form on its way (a retry, "Send", a conflict choice)
    var pending = false;     // a save was asked for while another was on its way
    var heldClick = null;    // "Send", clicked while a save was due or on its way

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
            if (inFlight) {
                scheduleRetry(); // after the scripted save on its way, never beside it
                return;
            }
            window.sbEntryRetry();
        }, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
    }

    function inForm(target) {
        return target && target.form && target.form.id === FORM;
    }

    function changed(event) {
        if (inForm(event.target)) {
            edits++;
        }
    }

    document.addEventListener('input', changed, true);
    document.addEventListener('change', changed, true);

    // ---- The homework form: drafts saved by this script --------------------------------------------------------

    function draftUrl() {
        var f = form();
        return f ? f.getAttribute('data-sb-draft-url') : null;
    }

    function typedInto(target) {
        var type = (target.getAttribute('type') || 'text').toLowerCase();
        return target.tagName === 'TEXTAREA' || type === 'text' || type === 'number';
    }

    function requestSave(delay) {
        if (saveTimer) {
            window.clearTimeout(saveTimer);
        }
        saveTimer = window.setTimeout(saveNow, delay);
    }

    function onEdit(event) {
        var target = event.target;
        if (!inForm(target) || !draftUrl()) {
            return;
        }
        if (event.type === 'change' && target.type === 'checkbox') {
            var emotion = target.closest('[data-emotion]');
            var box = emotion ? emotion.querySelector('.sb-intensity') : null;
            if (box) {
                box.classList.toggle('sb-intensity-off', !target.checked);
            }
        }
        requestSave(event.type === 'input' && typedInto(target) ? TYPING_PAUSE : 0);
    }

    /** Every answer of the form, by field key, as the inputs hold it now (see DraftRequest). */
    function answers() {
        var result = {};
        Array.prototype.forEach.call(form().querySelectorAll('[data-field][data-type]'), function (field) {
            var key = field.getAttribute('data-field');
            var type = field.getAttribute('data-type');
            if (type === 'EMOTIONS') {
                var emotions = [];
                Array.prototype.forEach.call(field.querySelectorAll('[data-emotion]'), function (word) {
                    var tick = word.querySelector('input[type="checkbox"]');
                    var strength = word.querySelector('.sb-intensity input');
                    if (tick && tick.checked) {
                        emotions.push({emotion: word.getAttribute('data-emotion'), intensity: strength ? strength.value : ''});
                    }
                });
                result[key] = {emotions: emotions};
            } else if (type === 'MULTIPLE_CHOICE' || type === 'CHECKLIST') {
                result[key] = {choices: Array.prototype.map.call(
                    field.querySelectorAll('input[type="checkbox"]:checked'), function (box) { return box.value; })};
            } else if (field.querySelector('input[type="radio"]')) {
                var chosen = field.querySelector('input[type="radio"]:checked');
                result[key] = {text: chosen ? chosen.value : ''};
            } else {
                var input = field.querySelector('textarea, input:not([type="hidden"])');
                result[key] = {text: input ? input.value : ''};
            }
        });
        return result;
    }

    function setState(state, text) {
        var line = status();
        if (!line) {
            return;
        }
        line.setAttribute('data-sb-state', state);
        line.className = line.className.replace(/\bsb-save-(idle|saved|conflict|refused|failed|invalid)\b/g, '')
            .replace(/\s+/g, ' ').trim() + ' sb-save-' + state;
        line.textContent = text;
    }

    function saveNow() {
        saveTimer = null;
        var url = draftUrl();
        var revision = document.getElementById(FORM + ':revision');
        var line = status();
        if (!url || !revision || !line) {
            return;
        }
        if (inFlight || facesBusy) {
            pending = true;
            return;
        }
        var state = line.getAttribute('data-sb-state');
        if (state === 'conflict' || state === 'refused' || edits === savedEdits) {
            release(); // a conflict waits for the person's choice; a refusal is final
            return;
        }
        var sending = edits;
        inFlight = true;
        show('data-sb-saving');
        window.fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            redirect: 'manual', // a session that ended answers with the sign-in page: not a save
            headers: {'Content-Type': 'application/json', 'X-SecureBase-Draft-Token': form().getAttribute('data-sb-draft-token')},
            body: JSON.stringify({
                occurrence: form().getAttribute('data-sb-occurrence'),
                revision: revision.value,
                answers: answers()
            })
        }).then(function (response) {
            if (response.status === 200) {
                return response.json().then(function (answer) {
                    saved(answer, sending);
                });
            }
            if (response.status === 409 || response.status === 404) {
                // A conflict or a refusal: the form's own save posts everything and shows the outcome.
                window.sbEntryRetry();
                return undefined;
            }
            return failed();
        }).catch(failed).then(done);
    }

    function saved(answer, sending) {
        var revision = document.getElementById(FORM + ':revision');
        if (revision) {
            revision.value = answer.revision;
        }
        savedEdits = Math.max(savedEdits, sending);
        retryDelay = 2000;
        if (retryTimer) {
            window.clearTimeout(retryTimer);
            retryTimer = null;
        }
        var line = status();
        setState('saved', line ? line.getAttribute('data-sb-saved').replace('{0}', answer.savedAt) : '');
        restartSessionClock();
    }

    /**
     * A save is activity: the server's idle timer started again, so the page's own clock (layout.xhtml, restarted by
     * every PrimeFaces ajax request) must too, or someone typing for half an hour would be asked whether they are
     * still there.
     */
    function restartSessionClock() {
        var clock = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets.sessionClock : null;
        if (clock) {
            clock.stop();
            clock.start();
        }
    }

    function failed() {
        show('data-sb-retry');
        scheduleRetry();
    }

    function done() {
        inFlight = false;
        if (release()) {
            return;
        }
        if (pending) {
            pending = false;
            requestSave(0);
        }
    }

    /** Lets a held click on "Send" go on; true when there was one. */
    function release() {
        if (!heldClick || inFlight || saveTimer) {
            return false;
        }
        var button = heldClick;
        heldClick = null;
        pending = false; // "Send" posts every answer anyway
        button.click();
        return true;
    }

    document.addEventListener('click', function (event) {
        var send = document.getElementById(FORM + ':submit');
        if (!draftUrl() || !send || !send.contains(event.target) || !(saveTimer || inFlight)) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        heldClick = send;
        if (saveTimer) {
            window.clearTimeout(saveTimer);
            saveNow();
        }
    }, true);

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
    // PrimeFaces may start the slider after the load event, and then nothing above has run since: free the box when
    // it gets the focus, before anything is typed into it.
    jQuery(document).on('focusin', '.sb-entry-number', freeNumberBoxes);
    // Through jQuery, which also sees the change events PrimeFaces' radio buttons and checkboxes trigger themselves.
    jQuery(document).on('input change', function (event) {
        if (inForm(event.target) && !event.originalEvent) {
            edits++; // a change PrimeFaces triggered: the listeners above saw only the browser's own
        }
        onEdit(event);
    });
    // The slider moves its number box's value without an input event.
    jQuery(document).on('slidestop', function (event) {
        if (inForm(jQuery(event.target).closest('.sb-scale-slider').parent().find('input')[0])) {
            edits++;
            requestSave(0);
        }
    });
    jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
        if (!fromEntryForm(settings)) {
            return;
        }
        facesBusy = true;
        xhr.sbEdits = edits;
        show('data-sb-saving');
    }).on('pfAjaxComplete', function (event, xhr, settings) {
        if (!fromEntryForm(settings)) {
            return;
        }
        facesBusy = false;
        if (pending) {
            pending = false;
            requestSave(0);
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
