package app.securebase.notes.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code /clinician/notes-export/download?job=}: the file of a finished background export, for the session that
 * started it only (anyone else, or a second download, gets 404), sent as an attachment no cache keeps and deleted once
 * sent.
 */
@WebServlet("/clinician/notes-export/download")
public class ExportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoteExportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("job");
        Optional<ExportJob> ready = token == null ? Optional.empty() : jobs.ready(token);
        if (ready.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportJob job = ready.get();
        try {
            response.setContentType(job.getFormat().contentType());
            response.setContentLengthLong(Files.size(job.file()));
            response.setHeader("Content-Disposition", "attachment; filename=\"" + job.fileName() + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Files.copy(job.file(), response.getOutputStream());
            response.flushBuffer();
        } finally {
            job.expire();
        }
    }
}
