import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { AuthCard } from "../_components/auth-card";
import { RegisterForm } from "../_components/register-form";

export const metadata: Metadata = { title: "Create a free account" };

export default async function RegisterPage() {
  if (await getViewer()) redirect("/account");
  return (
    <AuthCard
      title="Create a free account"
      lead={
        <p>
          A free account opens our members&apos; resources and the monthly bulletin. Already registered?{" "}
          <Link href="/login">Sign in</Link>.
        </p>
      }
    >
      <RegisterForm />
    </AuthCard>
  );
}
