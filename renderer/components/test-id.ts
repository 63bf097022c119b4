/**
 * data-testid for props objects (okButtonProps, onRow…): JSX accepts data-* attributes, but those
 * objects' types do not list them. The attribute reaches the DOM all the same.
 */
export function testId<T extends object>(id: string): T {
  return { 'data-testid': id } as unknown as T;
}
