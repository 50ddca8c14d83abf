import { Link } from "@/components/ui/link";
import type { ArticleCard as ArticleCardData } from "@/db/queries/news";
import { FormattedDate } from "@/components/ui/formatted-date";
import { CARD_IMAGE_SIZES, FeatureImage } from "@/components/media/feature-image";

export function ArticleCard({ article, headingLevel = "h3" }: { article: ArticleCardData; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  return (
    <article className="group relative flex flex-col border-t-4 border-brand-200 pt-4 hover:border-accent-500">
      <FeatureImage src={article.featureImage} alt={article.featureImageAlt} sizes={CARD_IMAGE_SIZES} className="mb-4 rounded-md" />
      <p className="text-sm text-muted">
        {/* The article's first topic says what it is about; "News" only when it has none. */}
        <span className="font-semibold text-brand-700">{article.topics[0]?.name ?? "News"}</span>
        <span aria-hidden="true"> · </span>
        <FormattedDate date={article.publishedAt} />
      </p>
      <Heading className="mt-2 text-xl font-semibold">
        <Link
          href={`/news/${article.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 group-hover:text-brand-800 group-hover:underline"
        >
          {article.title}
        </Link>
      </Heading>
      {article.standfirst && <p className="mt-2 text-muted">{article.standfirst}</p>}
    </article>
  );
}
