import { mutedTextClass } from '../../../components/ui/styles';

/** The outlets the story credits, as its seed's trailer named them. */
export function StorySource({ source }: { source?: string }) {
  if (!source) return null;
  return <p className={`mt-8 text-sm ${mutedTextClass}`}>Source: {source}</p>;
}
