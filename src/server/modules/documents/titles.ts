// The official titles live with the list of documents in core (the console shows them too).
export { DOCUMENT_TITLES } from '../../../core/cases/documents.js';
