# Turkish, German, French, Spanish and Russian stories for the seventeenth held-out part (h17-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h17_en.py.
ARTICLES = [
# ---------------------------------------------------------------- tr
dict(id="h17-tr-001", lang="tr", tpl="bitrix", section="Sağlık", date="2026-02-11", byline="Selin Korkmaz",
     title="Mobil kan bağışı aracı artık her ay Gökçedere'ye gelecek",
     sub="İlçede geçen yıl toplanan kan, hastanenin ihtiyacının yarısını bile karşılamadı.",
     caption="Mobil kan bağışı aracı Cumhuriyet Meydanı'nda.", credit="Fotoğraf: Selin Korkmaz",
     body="""
Kızılay'ın mobil kan bağışı aracı bundan sonra her ayın ilk cumartesi günü Gökçedere'ye gelecek. Araç şimdiye kadar ilçeye yılda yalnızca iki kez uğruyordu.

Karar, Gökçedere Devlet Hastanesi'nin geçen yıl kan bulmakta zorlandığını açıklamasının ardından alındı. Hastane, ameliyatlar için gereken kanın önemli bir kısmını il merkezinden getirtmek zorunda kaldı.

## Bağış için neler gerekiyor?

Kızılay'ın bölge sorumlusu Emre Aydın, bağışçıların şu koşulları taşıması gerektiğini söyledi:

- 18 ile 65 yaş arasında olmak;
- en az 50 kilo gelmek;
- son dört ay içinde kan vermemiş olmak;
- yanında kimlik bulundurmak.

Bağış öncesinde kısa bir sağlık formu dolduruluyor ve bağışçının onamı alınıyor. Tüm işlem yaklaşık yarım saat sürüyor.

"Bir ünite kan üç hayat kurtarabilir," dedi Aydın.

## İlk gün 74 bağışçı

Araç ilk kez geldiği geçen cumartesi 74 kişiden kan aldı. Bağışçıların çoğu, haberi okulların veli grupları ve cami duyuruları aracılığıyla duymuştu.

Takip eden günlerde hastaneye gelen telefonların arttığını söyleyen başhekim Dr. Nevin Ertürk, Kızılay'la sürekli temas halinde olduklarını ve aracın gelişinin her ay önceden duyurulacağını belirtti.

Aracın gelecek ziyareti 7 Mart'ta olacak. Araç saat 10.00 ile 17.00 arasında Cumhuriyet Meydanı'nda bekleyecek.
"""),

dict(id="h17-tr-002", lang="tr", tpl="squarespace", site="Mavikoy Dalış Kulübü", section="Kulüpten", date="2026-06-22",
     byline="Barış Tunalı",
     title="Sahil ve dip temizliğinde bir sabahta 1,8 ton atık çıkardık",
     sub="Elli iki dalgıç ve yüzü aşkın gönüllü Mavikoy iskelesinde buluştu.",
     caption="Dalgıçlarımız iskelenin altından çıkardıkları lastikleri kıyıya taşıyor.", credit="Fotoğraf: Deniz Aksoy",
     body="""
Geçen pazar sabahı Mavikoy iskelesinde yaptığımız temizlikte, kıyıdan ve deniz dibinden toplam 1,8 ton atık çıkardık. Bu, kulübümüzün on iki yıllık tarihindeki en büyük temizlik oldu.

Elli iki dalgıcımız iskelenin altında ve limanın girişinde çalışırken, yüzü aşkın gönüllü de kıyıdaki çöpleri topladı.

## Dipten neler çıktı?

Dalgıçlarımızın çıkardıkları arasında şunlar vardı:

- 23 araba lastiği;
- iki alışveriş arabası;
- onlarca metre kopmuş balık ağı;
- bir bisiklet ve bir plastik sandalye.

Kıyıda ise en çok sigara izmariti, pet şişe ve ıslak mendil toplandı.

"Her yıl daha az bulacağımızı umuyoruz," dedi kulüp başkanımız Nur Erden.

## Belediyeyle birlikte

Toplanan atıklar belediyenin araçlarıyla ayrıştırma tesisine götürüldü. Belediyeyle temas halinde olduğumuzu ve sonbaharda limanın öbür ucunda ikinci bir temizlik planladığımızı da duyuralım.

Paylaşım için izin veren gönüllülerimizin fotoğraflarını kulüp sayfamızda topluca yayımlayacağız. Çocukların fotoğraflarını ise yalnızca ailelerin onayıyla paylaşıyoruz.

Katılan herkese, özellikle sabahın altısında çay ocağını kuran balıkçı arkadaşlarımıza teşekkür ederiz. Eldiven ve çuval bağışlayan iki market de bu listede ilk sırada.
"""),

dict(id="h17-tr-003", lang="tr", tpl="blogger", site="Yeşilçınar Köyü Defteri", section="Köyden", date="2026-04-30",
     byline="Hüseyin Kaplan",
     title="Meydandaki 400 yıllık çınarımız anıt ağaç olarak tescil edildi",
     sub="Köy meydanının gölgesi artık koruma altında.",
     caption="Yeşilçınar meydanındaki çınar, nisan sonunda.", credit="Fotoğraf: Hüseyin Kaplan",
     body="""
Köyümüzün meydanındaki çınar ağacı, Tabiat Varlıklarını Koruma Komisyonu'nun kararıyla anıt ağaç olarak tescil edildi. Uzmanlar ağacın yaşını 400 ile 420 yıl arasında tahmin ediyor.

Gövdesinin çevresi 7 metreyi, boyu 24 metreyi buluyor. Köyün büyükleri, dedelerinin de bu ağacın altında kahve içtiğini anlatır. Bayram namazından sonra bütün köy yine onun gölgesinde toplanır.

## Başvuru nasıl yapıldı?

Tescil için başvuruyu geçen yaz muhtarımız Ali Rıza Demir yaptı. Dosyaya şunlar eklendi:

- ağacın dört yönden çekilmiş fotoğrafları;
- köyün eski kayıtlarından ağaçla ilgili bilgiler;
- köylülerin imzaladığı bir dilekçe.

Komisyonun uzmanları ekim ayında köye gelip ağacı ölçtü ve gövdedeki kovuğu inceledi. Kovuğun ağacın sağlığını tehdit etmediği söylendi.

"Artık kimse dalına bile dokunamaz," dedi muhtar.

## Bundan sonra ne olacak?

Tescilden sonra ağacın bakımı Orman Bölge Müdürlüğü'nün sorumluluğuna geçiyor. Müdürlükle temas halinde olan muhtarlık, ağacın çevresine alçak bir çit yapılmasını ve altına bir bilgi tabelası konulmasını istedi.

Okuyun, paylaşın, bir gün yolunuz düşerse gelip görün. Çınarın altındaki çay ocağı her gün sabah yediden akşam ezanına kadar açık.
"""),

# ---------------------------------------------------------------- de
dict(id="h17-de-001", lang="de", tpl="typo3", site="Gemeinde Ebersried", section="Rathaus aktuell", date="2026-03-20",
     byline="Pressestelle",
     title="Waldfriedhof bekommt ein Feld für Baumbestattungen",
     sub="Ab Mai sind Urnenbeisetzungen unter 24 Buchen und Eichen möglich.",
     caption="Das neue Baumgrabfeld am Nordrand des Waldfriedhofs.", credit="Foto: Gemeinde Ebersried",
     body="""
Auf dem Waldfriedhof in Ebersried können Verstorbene ab Mai auch unter Bäumen beigesetzt werden. Der Gemeinderat hat in seiner Sitzung am Dienstag einstimmig die Änderung der Friedhofssatzung beschlossen.

Am Nordrand des Friedhofs ist dafür ein Feld mit 24 Buchen und Eichen ausgewiesen worden. Unter jedem Baum ist Platz für bis zu zwölf Urnen.

## Warum die Gemeinde das anbietet

In den vergangenen Jahren haben immer mehr Angehörige nach einer Bestattung im Wald gefragt. Bisher mussten sie dafür in den rund 40 Kilometer entfernten Bestattungswald im Nachbarlandkreis ausweichen.

„Viele wollen ihre Eltern in der Nähe haben“, sagte Bürgermeisterin Karin Hölzl.

## Was gilt auf dem Baumgrabfeld?

Für das neue Feld gelten eigene Regeln:

- Es sind nur biologisch abbaubare Urnen erlaubt.
- Grabschmuck, Kerzen und Steine sind nicht gestattet.
- Am Baum wird eine kleine Namenstafel angebracht.
- Die Ruhezeit beträgt 20 Jahre.

Die Gebühr für einen Platz liegt bei 1.450 Euro, ein ganzer Baum für eine Familie kostet 9.800 Euro.

Folgen hat die Satzungsänderung auch für den übrigen Friedhof: Der Bauhof übernimmt künftig die Pflege der Wege zwischen den Feldern, die bisher ein privater Dienstleister erledigt hat.

Interessierte können sich im Bürgerbüro beraten lassen. Die Friedhofsverwaltung steht nach eigenen Angaben auch in Kontakt mit den Bestattern der Umgebung.
"""),

dict(id="h17-de-002", lang="de", tpl="brightspot", section="Polizei", date="2026-01-28", byline="Tobias Wendling",
     title="Einbruchserie in Kleingärten: Polizei sucht Zeugen",
     sub="In drei Anlagen am Stadtrand wurden in zwei Wochen 31 Lauben aufgebrochen.",
     caption="Eine aufgebrochene Laubentür in der Anlage Am Mühlgraben.", credit="Foto: Tobias Wendling",
     body="""
In drei Kleingartenanlagen am Rand von Hallstedt sind in den vergangenen zwei Wochen 31 Gartenlauben aufgebrochen worden. Die Polizei geht von denselben Tätern aus und sucht Zeugen.

Betroffen sind die Anlagen Am Mühlgraben, Sonnenhang und Eichwiese. Die Täter hebelten Türen und Fensterläden auf und nahmen vor allem Werkzeug, Rasenmäher und Kupferkabel mit.

## Schaden von rund 25.000 Euro

Nach Schätzung der Polizei liegt der Gesamtschaden bei etwa 25.000 Euro. Dazu kommen die Kosten für kaputte Türen und Schlösser.

„Da hängt bei vielen mehr dran als der Geldwert“, sagte der Vorsitzende des Kleingartenvereins Am Mühlgraben, Horst Pietsch.

Viele Pächter kommen im Winter nur selten in ihre Gärten und bemerkten die Einbrüche erst Tage später.

## Was die Polizei rät

Die Polizei gibt Kleingärtnern folgende Hinweise:

- keine Wertsachen über den Winter in der Laube lassen;
- Geräte fotografieren und Seriennummern notieren;
- verdächtige Fahrzeuge und Personen sofort melden.

Hören Sie in Ihrer Anlage nachts ungewöhnliche Geräusche, sollten Sie nicht selbst nachsehen, sondern die 110 wählen, betont die Polizei.

Die Ermittler stehen nach eigenen Angaben in Kontakt mit Schrotthändlern in der Region, bei denen das Kupfer verkauft worden sein könnte. Hinweise nimmt die Polizeiinspektion Hallstedt unter Telefon 05531 9840 entgegen.
"""),

dict(id="h17-de-003", lang="de", tpl="drupal", site="Städtische Musikschule Hallwangen", section="Aktuelles", date="2026-08-27",
     byline="Sabine Eckert",
     title="Nie zu spät: Musikschule startet Kurse für Erwachsene ab 60",
     sub="Klavier, Gitarre, Blockflöte und ein Chor für Anfänger – ohne Vorkenntnisse.",
     caption="Die ersten Teilnehmerinnen beim Schnupperabend im Saal der Musikschule.", credit="Foto: Musikschule Hallwangen",
     body="""
Die Städtische Musikschule Hallwangen bietet ab September erstmals eigene Kurse für Erwachsene ab 60 Jahren an. Vorkenntnisse sind nicht nötig.

Die Idee kam aus dem Seniorenbeirat der Stadt. Dort hatten sich mehrere Mitglieder beklagt, dass es für Erwachsene fast nur Einzelunterricht gibt – und der ist für viele zu teuer.

## Das Angebot

Zum Start gibt es vier Kurse:

- Klavier in Gruppen zu viert;
- Gitarre für Anfänger;
- Blockflöte, auch für Wiedereinsteiger;
- einen offenen Chor ohne Vorsingen.

Die Kurse finden vormittags statt, wenn die Räume der Musikschule sonst leer stehen. Ein Semester mit 15 Terminen kostet 120 Euro, Inhaber des Hallwangen-Passes zahlen die Hälfte.

## „Die Finger wollen am Anfang nicht“

Leiterin Dr. Miriam Faller unterrichtet selbst den Klavierkurs. Sie sagt, Erwachsene lernten anders als Kinder, aber nicht schlechter.

„Geduld ist wichtiger als Talent“, sagte Faller.

Beim Schnupperabend in der vergangenen Woche kamen 46 Interessierte, mehr als doppelt so viele wie erwartet. Die Musikschule steht deshalb in Kontakt mit der Volkshochschule, um weitere Räume nutzen zu können.

Anmelden können Sie sich bis zum 10. September im Sekretariat oder mit dem Formular auf dieser Website. Hören Sie sich vorher gern eine Probestunde an: Die Termine hängen im Foyer aus.
"""),

# ---------------------------------------------------------------- fr
dict(id="h17-fr-001", lang="fr", tpl="blox", section="Agriculture", date="2026-10-05", byline="Camille Rouvière",
     title="Le lycée agricole du Vernet ouvre sa propre fromagerie",
     sub="Les élèves fabriqueront une tomme avec le lait du troupeau de l'établissement.",
     caption="Deux élèves retournent les premières tommes dans la cave d'affinage.", credit="Photo : Camille Rouvière",
     body="""
Le lycée agricole du Vernet a inauguré vendredi sa fromagerie pédagogique. Les élèves de la filière transformation y fabriqueront une tomme avec le lait des quarante vaches du troupeau de l'établissement.

Jusqu'ici, le lait partait chaque matin à la laiterie coopérative. Désormais, un tiers sera transformé sur place.

## Un chantier de deux ans

La fromagerie a coûté 640 000 euros, financés par la Région, l'Europe et le lycée lui-même. Elle comprend :

- une salle de fabrication ;
- une cave d'affinage de 300 tommes ;
- un petit magasin ouvert au public le samedi matin.

« On apprend mieux quand on vend ce qu'on fait », résume le proviseur, Jérôme Bastide.

## Des élèves aux fourneaux dès la rentrée

Une vingtaine d'élèves de BTS suivent la formation cette année. Ils travaillent par équipes de quatre, une semaine sur trois, sous la responsabilité d'un fromager recruté pour l'occasion.

Partagez un matin avec eux et vous comprendrez que le métier commence tôt : le lait arrive à 6 h 30 et le caillage ne peut pas attendre.

La première tomme sera vendue à Noël, après trois mois d'affinage. Le lycée est en contact avec deux restaurants de la vallée qui souhaitent la mettre à leur carte.

Les photos des élèves seront affichées au magasin, avec leur accord, à côté de chaque fournée.
"""),

dict(id="h17-fr-002", lang="fr", tpl="wix", site="Comité des fêtes de Lanteuil", section="Vide-greniers", date="2026-03-30",
     byline="Martine Delcros",
     title="Vide-greniers du 1er mai : les inscriptions sont ouvertes !",
     sub="Cent vingt emplacements autour de l'église et dans le pré communal.",
     caption="Le vide-greniers de l'an dernier, place de l'Église.", credit="Photo : Jean-Luc Faure",
     body="""
C'est reparti ! Le traditionnel vide-greniers du comité des fêtes aura lieu le vendredi 1er mai, de 7 heures à 18 heures, autour de l'église et dans le pré communal.

L'an dernier, plus de 2 000 visiteurs étaient venus chiner à Lanteuil, et les 110 emplacements avaient trouvé preneur en moins de trois semaines. Cette année, nous en proposons 120.

## Comment réserver votre emplacement

Pour vous inscrire, il faut déposer ou envoyer au comité :

- le bulletin d'inscription rempli et signé ;
- une photocopie de votre pièce d'identité ;
- un chèque de 12 euros pour 4 mètres linéaires.

Les particuliers ne peuvent participer qu'à deux vide-greniers par an, c'est la loi. L'attestation sur l'honneur figure au dos du bulletin.

## Buvette et crêpes

Comme chaque année, les bénévoles tiendront la buvette et le stand de crêpes. Les bénéfices financent la fête du village en juillet.

« Venez tôt, les meilleures affaires partent avant huit heures », prévient notre président, Alain Vergnes.

Suivez la page du comité pour connaître le plan des emplacements, qui sera publié une semaine avant la manifestation. Nous sommes en contact avec la gendarmerie pour le stationnement : un parking sera ouvert dans le champ de M. Lacombe.

En cas de pluie, le vide-greniers est maintenu. Les inscriptions ne sont pas remboursées.
"""),

dict(id="h17-fr-003", lang="fr", tpl="gutenberg", section="Travaux", date="2026-07-09", byline="Antoine Mérigot",
     title="La passerelle de Saint-Cernin rouvre aux piétons après six mois de travaux",
     sub="L'ouvrage de 1934 a été entièrement décapé et son tablier remplacé.",
     caption="La passerelle repeinte, vue depuis la rive gauche.", credit="Photo : Antoine Mérigot",
     body="""
La passerelle métallique qui relie les deux rives de Saint-Cernin a rouvert mardi aux piétons et aux cyclistes, après six mois de fermeture pour travaux.

Construite en 1934, la passerelle de 68 mètres était fermée depuis janvier. Une inspection avait révélé que plusieurs poutres du tablier étaient rongées par la rouille.

## Ce qui a été fait

Le chantier, d'un montant de 1,1 million d'euros, a porté sur :

- le décapage complet de la structure ;
- le remplacement du tablier en bois par un platelage en chêne ;
- la pose de nouveaux garde-corps, plus hauts ;
- une peinture vert d'eau, la couleur d'origine.

Les habitants avaient été consultés sur la teinte. Près de 600 personnes ont voté en mairie ou en ligne.

« On a retrouvé notre passerelle », s'est réjouie Odile Ferrand, qui la traverse chaque jour pour aller au marché.

## Un détour de deux kilomètres

Pendant les travaux, les piétons devaient passer par le pont routier, deux kilomètres en aval. Les commerçants de la rive droite disent avoir perdu jusqu'à un tiers de leur clientèle.

Lisez les panneaux installés aux deux extrémités : ils retracent l'histoire de l'ouvrage, photos d'archives à l'appui.

La mairie reste en contact avec les Bâtiments de France, qui doivent encore valider l'éclairage nocturne prévu à l'automne.
"""),

# ---------------------------------------------------------------- es
dict(id="h17-es-001", lang="es", tpl="sanity", section="Salud", date="2026-02-17", byline="Irene Calvache",
     title="El hospital comarcal de Valdeluna incorpora perros de terapia en pediatría",
     sub="Tres perros visitan dos veces por semana a los niños ingresados.",
     caption="Lola, una golden retriever, con una paciente de la planta de pediatría.", credit="Foto: Irene Calvache",
     body="""
El Hospital Comarcal de Valdeluna ha puesto en marcha un programa de terapia asistida con perros en la planta de pediatría. Tres perros, acompañados por sus adiestradoras, visitan a los niños ingresados los martes y los jueves por la tarde.

La iniciativa es fruto de un acuerdo con la asociación Huellas que Curan, que lleva ocho años trabajando en residencias de mayores de la comarca.

## Cómo funcionan las visitas

Cada visita dura unos cuarenta minutos. Antes de entrar, los perros pasan una revisión veterinaria y los padres firman un consentimiento.

El hospital ha fijado unas normas claras:

- no participan niños con alergias ni inmunodeprimidos;
- los perros no suben a las camas;
- siempre hay una enfermera presente.

«Los niños se olvidan un rato de dónde están», explica la supervisora de pediatría, Mercedes Olmo.

## Menos miedo a las pruebas

Según el equipo de pediatría, los niños que reciben la visita de los perros llegan más tranquilos a las extracciones de sangre y a otras pruebas.

Escuchar a los pequeños hablar del perro durante días es la mejor prueba, dicen las enfermeras.

El hospital está en contacto con otros dos centros de la provincia interesados en copiar el programa. Las fotos de los pacientes solo se publican con permiso de las familias.
"""),

dict(id="h17-es-002", lang="es", tpl="quintype", section="Camino", date="2026-05-12", byline="Andrés Pedrosa",
     title="Villarcayo de Arriba abre su primer albergue municipal para peregrinos",
     sub="Veintidós plazas en las antiguas escuelas, a cinco euros la noche.",
     caption="Las literas del nuevo albergue, en la antigua aula de los mayores.", credit="Foto: Andrés Pedrosa",
     body="""
Villarcayo de Arriba ya tiene albergue para peregrinos. El Ayuntamiento ha rehabilitado las antiguas escuelas del pueblo, cerradas desde 1989, y las ha convertido en un albergue municipal con 22 plazas.

El pueblo está en una variante del Camino que cada año recorren más caminantes, pero hasta ahora no tenía dónde dormir. Los peregrinos tenían que seguir doce kilómetros más hasta la siguiente localidad.

## Qué ofrece

El albergue abre de marzo a octubre y cuesta cinco euros la noche. Las instalaciones incluyen:

- dos dormitorios con literas;
- una cocina con frigorífico y microondas;
- lavadora y tendedero en el patio;
- un cuarto para guardar bicicletas.

Se admite a quien llegue con la credencial del peregrino, por orden de llegada y sin reserva.

«No queremos que nadie pase de largo», dice la alcaldesa, Pilar Orcajo.

## Un pueblo de 70 vecinos

La hospitalera es una vecina del pueblo, contratada a media jornada. Los demás vecinos se turnan para abrir cuando ella descansa.

Sigue el ejemplo de otros pueblos de la zona que han visto en el Camino una forma de frenar la despoblación. El bar de la plaza, que abría solo en verano, ya ha anunciado que abrirá todo el año.

El Ayuntamiento está en contacto con la asociación de amigos del Camino para señalizar mejor el tramo.
"""),

dict(id="h17-es-003", lang="es", tpl="legacy-br", section="Comercio", date="2026-09-24", byline="Rocío Almansa",
     title="El mercado de abastos de San Lázaro abrirá también los sábados por la tarde",
     sub="Los placeros prueban el nuevo horario durante seis meses.",
     caption="Puestos de fruta en el mercado de San Lázaro.", credit="Foto: Rocío Almansa",
     low=1, only=["correction"],
     body="""
El mercado de abastos de San Lázaro abrirá los sábados por la tarde, de 17.00 a 20.30, a partir del 3 de octubre. Será una prueba de seis meses.

La propuesta salió de la asociación de placeros, que lleva tiempo viendo cómo muchos clientes jóvenes no pueden ir al mercado por las mañanas porque trabajan.

## Cuántos puestos abrirán

De los 38 puestos del mercado, 24 se han comprometido a abrir por la tarde. Entre ellos están:

- las tres pescaderías;
- cuatro fruterías;
- dos carnicerías y la charcutería;
- el puesto de encurtidos.

El bar del mercado abrirá también y organizará degustaciones el primer sábado de cada mes.

«Si no vienen ellos, iremos nosotros a buscarlos», dice la presidenta de los placeros, Encarna Vílchez.

## Más luz y un aparcamiento

El Ayuntamiento ha cambiado la iluminación de la nave y abrirá por la tarde el aparcamiento municipal de la calle Alcázar, que hasta ahora cerraba a las tres.

Los placeros harán balance en marzo. Si las ventas no compensan el gasto de personal, volverán al horario de siempre.
"""),

# ---------------------------------------------------------------- ru
dict(id="h17-ru-001", lang="ru", tpl="tilda", section="Образование", date="2026-09-08", byline="Дарья Кузьмина",
     title="Для детей из трёх деревень запустили школьный автобус",
     sub="Раньше ученики из Малых Выселок, Гореловки и Заручья добирались до школы пешком или на попутках.",
     caption="Новый школьный автобус у школы в Берёзовом Логе.", credit="Фото: Дарья Кузьмина",
     body="""
С 1 сентября детей из Малых Выселок, Гореловки и Заручья возит в школу новый автобус. Раньше 27 учеников из этих деревень добирались до школы в Берёзовом Логе сами: пешком, на велосипедах или с родителями.

Автобус на 22 места район получил по областной программе. Водителя нашли среди местных жителей: им стал бывший механик совхоза Николай Зуев.

## Как ходит автобус

Маршрут длиной 31 километр автобус проезжает дважды утром и дважды днём. Расписание такое:

- 7:20 — Малые Выселки;
- 7:35 — Гореловка;
- 7:50 — Заручье;
- 8:10 — школа.

После уроков автобус развозит детей в 14:00 и в 15:30, чтобы успевали и те, кто остаётся на кружки.

«Теперь не надо отпрашиваться с работы», — говорит мама второклассника из Гореловки Ольга Лаптева.

## Что ещё нужно сделать

Дорогу до Заручья обещают подсыпать до морозов: осенью на ней застревают даже внедорожники. Администрация района находится на связи с дорожниками, работы должны начаться в октябре.

Подпишите заявление на перевозку ребёнка, если ещё этого не сделали: без него водитель не может взять ученика в автобус. Бланки есть у классных руководителей.
"""),

dict(id="h17-ru-002", lang="ru", tpl="webflow", section="Город", date="2026-04-14", byline="Артём Белоусов",
     title="В Приозёрске открыли пункт приёма батареек и ламп",
     sub="Пункт работает в бывшем киоске у рынка, сдать отходы можно бесплатно.",
     caption="Пункт приёма в бывшем газетном киоске на Рыночной площади.", credit="Фото: Артём Белоусов",
     body="""
В Приозёрске открылся первый постоянный пункт приёма опасных бытовых отходов. Он разместился в бывшем газетном киоске на Рыночной площади, который пустовал почти пять лет.

До сих пор батарейки в городе собирали только в двух магазинах и в школах, а энергосберегающие лампы сдать было вообще некуда.

## Что принимают

В пункте бесплатно принимают:

- батарейки и аккумуляторы;
- энергосберегающие и люминесцентные лампы;
- ртутные градусники;
- старые мобильные телефоны и зарядки.

Раз в месяц всё собранное вывозит на переработку лицензированная компания из областного центра. Вывоз оплачивает городская администрация.

«За первую неделю принесли 40 килограммов батареек», — рассказала куратор проекта Инна Седова.

## Кто это придумал

Идея принадлежит школьникам из экологического клуба гимназии № 2. Они два года собирали подписи и писали в администрацию, а киоск им отдали в аренду за символический рубль.

Читайте расписание на двери киоска: пункт открыт по вторникам, четвергам и субботам с 10 до 18 часов. Волонтёры клуба говорят, что находятся на связи с управляющими компаниями, чтобы поставить контейнеры и во дворах.
"""),

dict(id="h17-ru-003", lang="ru", tpl="chunks", section="Спорт", date="2026-12-21", byline="Глеб Ушаков",
     title="Жители Берёзовки сами залили каток на старом стадионе",
     sub="Воду возили бочкой, а лёд заливали по ночам.",
     caption="Первые катающиеся на новом катке в Берёзовке.", credit="Фото: Глеб Ушаков",
     body="""
В посёлке Берёзовка впервые за пятнадцать лет появился каток. Его залили сами жители на месте футбольного поля старого стадиона.

Идея возникла в ноябре в чате посёлка. За две недели на неё откликнулись больше 60 человек, а местный фермер выделил бочку и трактор, чтобы возить воду из пожарного водоёма.

## Как заливали лёд

Лёд заливали по ночам, когда мороз сильнее. На всё ушло девять ночей. Для катка понадобилось:

- расчистить поле от снега;
- сделать борта из старых досок;
- залить не меньше десяти слоёв воды;
- провести свет от ближайшего столба.

Электричество за освещение согласилась оплачивать администрация поселения.

«Руки мёрзли, но оно того стоило», — говорит один из организаторов, Сергей Малахов.

## Хоккей по выходным

По выходным на катке играют в хоккей взрослые команды, а в будни днём катаются школьники. Коньки можно взять бесплатно: жители принесли больше 40 пар, которые им уже малы.

Следите за объявлениями в чате посёлка: если будет оттепель, каток закроют, а потом зальют заново. Организаторы говорят, что находятся на связи с районной спортшколой, которая обещала прислать тренера на зимние каникулы.
"""),
]
