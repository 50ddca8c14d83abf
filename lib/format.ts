const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "5 September 2018", in UK time. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "240 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const fileKinds: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-powerpoint": "PowerPoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "audio/mpeg": "MP3 audio",
  "audio/mp4": "M4A audio",
  "audio/ogg": "Ogg audio",
};

export function fileKind(contentType: string): string {
  return fileKinds[contentType] ?? "File";
}

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/London",
});

/** "14:05 on 5 May 2026", in UK time. */
export function formatDateTime(date: Date): string {
  return `${timeFormat.format(date)} on ${formatDate(date)}`;
}
