/**
 * A labelled file input for the game's JSON files (a journal, a class setup, a class's journals). It hands over
 * the chosen files and empties itself, so choosing the same file again is noticed.
 */
export function JsonFilePicker({
  id,
  label,
  multiple = false,
  onFiles,
}: {
  id: string;
  label: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept="application/json,.json"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </p>
  );
}
