import type { ReactNode } from 'react';
import '../content/lessons-b.css';

/** A comparison table whose first column names each row; it wraps rather than scrolls on a narrow screen. */
export function LessonTable({ caption, columns, rows }: { caption: string; columns: readonly ReactNode[]; rows: readonly (readonly ReactNode[])[] }) {
  return (
    <div className="lessons-b-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              // A table's columns are a fixed script: the position is the identity.
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, ...cells], row) => (
            <tr key={row}>
              <th scope="row">{name}</th>
              {cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
