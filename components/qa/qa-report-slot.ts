/** The element of the document bar (rendered by the server) the workbench's "QA report" button is placed in. */
export const QA_REPORT_SLOT_ID = "document-qa-report-slot";
