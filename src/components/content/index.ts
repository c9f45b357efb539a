/**
 * The components editors may use in MDX, without importing them. Documented in CONTRIBUTING.md.
 */
import ArticleLink from "./ArticleLink.astro";
import Callout from "./Callout.astro";
import ContactBlock from "./ContactBlock.astro";
import Figure from "./Figure.astro";
import PasswordRules from "./PasswordRules.astro";
import Screen from "./Screen.astro";
import Section from "./Section.astro";
import Step from "./Step.astro";
import Steps from "./Steps.astro";
import TroubleshooterLink from "./TroubleshooterLink.astro";
import Value from "./Value.astro";

export const mdxComponents = {
  ArticleLink,
  Callout,
  ContactBlock,
  Figure,
  PasswordRules,
  Screen,
  Section,
  Step,
  Steps,
  TroubleshooterLink,
  Value,
};
