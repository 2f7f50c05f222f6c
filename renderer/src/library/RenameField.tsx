import { useRef, useState } from 'react';

interface Props {
  initial: string;
  onDone: (title: string | null) => void;
}

/** Inline title editing; Electron has no window.prompt. Enter saves, Escape cancels. */
export function RenameField({ initial, onDone }: Props) {
  const [value, setValue] = useState(initial);
  // Enter and the blur that follows unmounting must not both report.
  const done = useRef(false);
  const report = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(title);
  };
  const finish = () => report(value.trim() && value.trim() !== initial ? value.trim() : null);
  return (
    <input
      className="rename-field"
      aria-label="Map title"
      autoFocus
      maxLength={200}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={finish}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish();
        else if (e.key === 'Escape') report(null);
      }}
    />
  );
}
