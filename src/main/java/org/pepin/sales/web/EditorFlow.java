package org.pepin.sales.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.Inputs;
import org.pepin.platform.Member;
import org.pepin.sales.document.SalesSettingsStore;
import org.pepin.shared.InvalidValue;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * What the quote editor and the order form do alike around the {@link DocumentEditor}: the chosen
 * customer of a new document, the line operations, the save (its errors recorded against their
 * fields), the live totals and the page. Each controller gives only what differs: its
 * configuration, its pricing, its draft and its template.
 *
 * @param <V> the document edited (a quote, an order), {@code null} for a new one
 * @param <D> its draft
 */
final class EditorFlow<V, D> {

  /** The draft of the parsed form (header fields and terms read); may refuse it. */
  interface Drafting<D> {
    D draft(DocumentEditor.Parsed parsed, DocumentForm form);
  }

  /** Saves a draft and answers the redirection. */
  interface Save<D> {
    String save(D draft);
  }

  /** The pricing of the editor for a document (or a new one). */
  interface Pricing<V> {
    DocumentEditor.Preview of(CompanyId company, @Nullable V document);
  }

  private final DocumentEditor editor;
  private final SalesSettingsStore settings;
  private final DocumentFormats fmt;
  private final Function<@Nullable V, DocumentEditor.EditorConfig> config;
  private final Pricing<V> pricing;
  private final Drafting<D> drafting;
  private final String name;
  private final String template;

  EditorFlow(
      DocumentEditor editor,
      SalesSettingsStore settings,
      DocumentFormats fmt,
      Function<@Nullable V, DocumentEditor.EditorConfig> config,
      Pricing<V> pricing,
      Drafting<D> drafting,
      String name,
      String template) {
    this.editor = editor;
    this.settings = settings;
    this.fmt = fmt;
    this.config = config;
    this.pricing = pricing;
    this.drafting = drafting;
    this.name = name;
    this.template = template;
  }

  /** The customer of {@code ?customer=}, {@code null} when none or unknown. */
  @Nullable CustomerView chosen(CompanyId company, @Nullable String customer) {
    if (customer != null && !customer.isBlank()) {
      try {
        return editor.customer(company, customer);
      } catch (InvalidValue e) {
        return null;
      }
    }
    return null;
  }

  /**
   * The form posted: after a line operation, the form with its lines changed (nothing saved);
   * otherwise the draft saved, or the form with its errors.
   *
   * @param check further checks of the form, once parsed
   */
  String submit(
      CompanyId company,
      Member member,
      DocumentForm typed,
      @Nullable List<String> op,
      @Nullable V document,
      Model model,
      java.util.function.Consumer<BindingResult> check,
      Save<D> save) {
    DocumentForm form = typed.normalized();
    if (op != null && !op.isEmpty()) {
      return page(company, member, lineOperation(form, op.get(0), model), document, model);
    }
    var errors = DocumentEditor.errors(model, form, "form");
    var parsed = editor.parse(company, form, errors);
    check.accept(errors);
    D draft = draft(parsed, form, errors);
    if (draft != null) {
      try {
        return save.save(draft);
      } catch (ConcurrentModification e) {
        errors.reject("error.concurrent");
      } catch (InvalidValue e) {
        reject(errors, e);
      }
    }
    return show(company, member, form, errors, parsed, document, model);
  }

  /** The live totals (with {@code part=customer}, the customer's block too). */
  String preview(
      CompanyId company,
      Member member,
      DocumentForm form,
      @Nullable V document,
      @Nullable String part,
      Model model) {
    var errors = DocumentEditor.errors(model, form, "form");
    var parsed = editor.parse(company, form, errors);
    show(model, company, member, form, errors, parsed, document);
    return "customer".equals(part)
        ? "sales/document-editor :: customer-preview"
        : "sales/document-editor :: preview";
  }

  /** The form after a line operation; a line added takes the focus. */
  static DocumentForm lineOperation(DocumentForm form, String op, Model model) {
    if (op.startsWith("add:")) {
      model.addAttribute("focusLast", true);
    }
    return form.apply(op);
  }

  /** An error of the service, against its field. */
  static void reject(BindingResult errors, InvalidValue e) {
    Inputs.reject(errors, DocumentEditor.fieldOf(e.code()), e);
  }

  /** The draft, when the form and the header fields could be read. */
  private @Nullable D draft(DocumentEditor.Parsed parsed, DocumentForm form, BindingResult errors) {
    if (errors.hasErrors() || parsed.customer == null || parsed.terms == null) {
      return null;
    }
    try {
      return drafting.draft(parsed, form);
    } catch (InvalidValue e) {
      reject(errors, e);
      return null;
    }
  }

  /**
   * The editor page. Opening the editor (or adding a line) shows no errors yet: what is typed is
   * checked as the totals are recomputed and on save.
   */
  String page(
      CompanyId company, Member member, DocumentForm form, @Nullable V document, Model model) {
    var parsed = editor.parse(company, form, new DirectFieldBindingResult(form, "form"));
    var quiet = DocumentEditor.errors(model, form, "form");
    return show(company, member, form, quiet, parsed, document, model);
  }

  private String show(
      CompanyId company,
      Member member,
      DocumentForm form,
      BindingResult errors,
      DocumentEditor.Parsed parsed,
      @Nullable V document,
      Model model) {
    show(model, company, member, form, errors, parsed, document);
    model.addAttribute(name, document);
    return template;
  }

  private void show(
      Model model,
      CompanyId company,
      Member member,
      DocumentForm form,
      BindingResult errors,
      DocumentEditor.Parsed parsed,
      @Nullable V document) {
    editor.show(
        model,
        company,
        member,
        form,
        errors,
        parsed,
        config.apply(document),
        pricing.of(company, document),
        settings.get(company),
        fmt);
  }
}
