import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getCpdGoal, listCpdActivities } from "@/db/queries/events/cpd";
import { ActionButtonForm } from "@/components/billing/action-button-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { hoursByYear, sourceOf } from "@/lib/events/cpd";
import { formatHours } from "@/lib/events/format";
import { deleteCpdActivityAction } from "./actions";
import { AddActivityForm, GoalForm } from "./_components/cpd-forms";

export const metadata: Metadata = { title: "Your CPD record" };

const longDate = (isoDate: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));

export default async function CpdPage() {
  const viewer = await requireViewer("/account/cpd");
  const [activities, goal] = await Promise.all([listCpdActivities(viewer.id), getCpdGoal(viewer.id)]);
  const thisYear = String(new Date().getFullYear());
  const years = hoursByYear(activities);
  if (!years.some((y) => y.year === thisYear)) years.unshift({ year: thisYear, hours: 0 });

  return (
    <>
      <PageHeader title="Your CPD record" lead="Continuing professional development: events you attended and activities you add, by year." />
      <Container className="max-w-4xl py-10">
        <section aria-labelledby="years-heading">
          <h2 id="years-heading" className="text-2xl font-semibold text-brand-900">
            Hours by year
          </h2>
          <ul className="mt-4 space-y-4">
            {years.map((y) => {
              const share = goal ? Math.min(100, Math.round((y.hours / goal) * 100)) : null;
              return (
                <li key={y.year} className="rounded-xl border border-line bg-paper p-4">
                  <p className="font-semibold" data-testid={`cpd-year-${y.year}`}>
                    {y.year}: {formatHours(y.hours)}
                    {goal ? ` of your goal of ${formatHours(goal)}` : ""}
                  </p>
                  {share !== null && (
                    <div className="mt-2 h-3 w-full overflow-hidden rounded-full bg-wash" role="img" aria-label={`${share}% of your goal`}>
                      <div className="h-full bg-brand-700" style={{ width: `${share}%` }} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2">
            <a href="/account/cpd/export.pdf">Download your record (PDF)</a>
            <a href="/account/cpd/export.csv">Download your record (CSV)</a>
          </p>
        </section>

        <section aria-labelledby="activities-heading" className="mt-10">
          <h2 id="activities-heading" className="text-2xl font-semibold text-brand-900">
            Activities
          </h2>
          {activities.length === 0 ? (
            <p className="mt-3">
              Nothing recorded yet. Attend an <Link href="/events">event</Link> or add an activity below.
            </p>
          ) : (
            <ul className="mt-4 space-y-3">
              {activities.map((a) => (
                <li key={a.id} className="rounded-lg border border-line bg-paper p-4">
                  <p className="font-semibold">{a.title}</p>
                  <p className="text-sm text-muted">
                    {longDate(a.date)} · {formatHours(a.hours)} · {sourceOf(a)}
                  </p>
                  {a.reflection && <p className="mt-2 whitespace-pre-line">{a.reflection}</p>}
                  {!a.bookingId && (
                    <div className="mt-3">
                      <ActionButtonForm action={deleteCpdActivityAction.bind(null, a.id)} label={`Remove ${a.title}`} pendingText="Removing…" />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className="mt-10 grid gap-10 md:grid-cols-[2fr_1fr]">
          <section aria-labelledby="add-heading">
            <h2 id="add-heading" className="text-2xl font-semibold text-brand-900">
              Add an activity
            </h2>
            <div className="mt-4">
              <AddActivityForm />
            </div>
          </section>
          <section aria-labelledby="goal-heading">
            <h2 id="goal-heading" className="text-2xl font-semibold text-brand-900">
              Your yearly goal
            </h2>
            <div className="mt-4">
              <GoalForm goal={goal} />
            </div>
          </section>
        </div>
      </Container>
    </>
  );
}
