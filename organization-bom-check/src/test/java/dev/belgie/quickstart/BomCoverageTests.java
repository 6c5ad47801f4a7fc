package dev.belgie.quickstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM names every published module of the repository: a module whose POM sets
 * {@code belgie.publish.skip} to {@code false} (it ships sources and Javadoc jars) is in
 * the BOM's dependency management, and the BOM names nothing else.
 */
class BomCoverageTests {

	private static final Path ROOT = Path.of("..");

	@Test
	void theBomManagesExactlyThePublishedModules() throws Exception {
		List<String> published = new ArrayList<>();
		for (String module : texts(read(ROOT.resolve("pom.xml")).getDocumentElement(), "module")) {
			Path pom = ROOT.resolve(module).resolve("pom.xml");
			if (Files.exists(pom) && !"organization-bom".equals(module)) {
				Element project = read(pom).getDocumentElement();
				if (texts(project, "belgie.publish.skip").contains("false")) {
					published.add(texts(project, "artifactId").get(1)); // after the
																		// parent's
				}
			}
		}
		Element bom = read(ROOT.resolve("organization-bom").resolve("pom.xml")).getDocumentElement();
		Element managed = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
		assertThat(published).isNotEmpty();
		assertThat(texts(managed, "artifactId")).containsExactlyInAnyOrderElementsOf(published);
	}

	private static Document read(Path pom) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
	}

	private static List<String> texts(Element element, String tag) {
		NodeList nodes = element.getElementsByTagName(tag);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().trim());
		}
		return texts;
	}

}
