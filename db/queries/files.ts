// Older import path of the file stream, still used by the download route.
export { streamFile } from "./resources/files";
